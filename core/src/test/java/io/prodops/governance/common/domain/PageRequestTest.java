package io.prodops.governance.common.domain;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class PageRequestTest {
    @Test
    public void defaultsToTheFirstPageOfFifty() {
        PageRequest page = PageRequest.of(null, null);
        assertEquals(0, page.page());
        assertEquals(50, page.size());
        assertEquals(300, PageRequest.of(3, 100).offset());
    }

    @Test
    public void outOfRangeValuesNameEveryField() {
        try {
            PageRequest.of(-1, 201);
            fail();
        } catch (ValidationException e) {
            assertEquals(List.of("page", "size"), e.errors().stream().map(FieldError::field).toList());
        }
    }
}
