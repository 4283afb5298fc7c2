package jp.meetingsearch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void seatNumbersAndSessionsInTheirNumbersOrder() {
        List<String> roles = new ArrayList<>(List.of("11番", "3番", "委員", "2番", "10番", "第10回", "第2回", "１２番"));
        roles.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("2番", "3番", "10番", "11番", "１２番", "委員", "第2回", "第10回"), roles);
    }
}
