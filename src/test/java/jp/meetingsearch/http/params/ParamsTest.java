package jp.meetingsearch.http.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading typed parameters; {@link #params} builds parameters for the request tests of every feature. */
public class ParamsTest {

    public static Params params(String... nameValuePairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.computeIfAbsent(nameValuePairs[i], k -> new java.util.ArrayList<>()).add(nameValuePairs[i + 1]);
        }
        return new Params(m);
    }

    @Test
    void integersAreBoundedAndErrorsDoNotEchoHugeValues() {
        Params p = params("size", "0", "page", "abc" + "x".repeat(500));
        InvalidParameterException size = assertThrows(InvalidParameterException.class, () -> p.integer("size", 1, 100, 20));
        assertEquals("size", size.parameter());
        InvalidParameterException page = assertThrows(InvalidParameterException.class, () -> p.integer("page", 1, 500, 1));
        assertTrue(page.getMessage().length() < 120, page.getMessage());
        assertEquals(20, params().integer("size", 1, 100, 20));
        assertEquals(7, params("size", "７").integer("size", 1, 100, 20));
    }
}
