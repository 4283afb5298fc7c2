package jp.meetingsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class BulkResultTest {

    @Test
    void aRefusedRemarkMarksItsOwnFileEvenWhenAnotherFileNameIsAPrefixOfItsLabel() {
        // "会議録:2024.txt:3" reads as line 2024 of "会議録" as well: only the file the operation carries can tell
        BulkResult result = new BulkResult();
        result.failed(new BulkResult.ItemFailure(
                BulkOp.index("remarks", "r3", "{}", "会議録:2024.txt", "会議録:2024.txt:3"), 400, "mapper_parsing"));
        assertEquals(Set.of("会議録:2024.txt"), result.failedFiles());
    }

    @Test
    void aRefusedDeleteMarksTheFileItRemovedADocumentOf() {
        BulkResult result = new BulkResult();
        result.failed(new BulkResult.ItemFailure(BulkOp.delete("meetings", "m1", "old/minutes.txt"), 403, "blocked"));
        assertEquals(Set.of("old/minutes.txt"), result.failedFiles());
    }

    @Test
    void aRefusedLinkUpdateConcernsNoInputFile() {
        BulkResult result = new BulkResult();
        result.failed(new BulkResult.ItemFailure(BulkOp.update("remarks", "r1", "{}", "remark r1"), 409, "conflict"));
        assertEquals(Set.of(), result.failedFiles());
    }
}
