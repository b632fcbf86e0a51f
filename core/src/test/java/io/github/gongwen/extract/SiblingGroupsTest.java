package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongwen.fact.Heading;
import io.github.gongwen.fact.MarkerKind;
import org.junit.jupiter.api.Test;

class SiblingGroupsTest {
    private static Heading dun(int ordinal) {
        return new Heading(MarkerKind.CN_DUN, "", ordinal, "、", true, 0, 0, ordinal, "", false, false);
    }

    @Test
    void headingsOfOneKindUnderOneParentAreSiblings() {
        SiblingGroups groups = new SiblingGroups(new GroupIds());
        Heading one = dun(1);
        Heading two = dun(2);
        groups.attach(one, null, MarkerKind.CN_DUN);
        groups.attach(two, null, MarkerKind.CN_DUN);
        assertSame(one, two.getPrevious());
        assertEquals(one.getGroup(), two.getGroup());
        assertSame(two, groups.last(null, MarkerKind.CN_DUN));
        assertNull(groups.last(one, MarkerKind.CN_DUN));
    }

    @Test
    void aFirstAfterALaterNumberStartsANewList() {
        SiblingGroups groups = new SiblingGroups(new GroupIds());
        Heading one = dun(1);
        Heading two = dun(2);
        Heading again = dun(1);
        groups.attach(one, null, MarkerKind.CN_DUN);
        groups.attach(two, null, MarkerKind.CN_DUN);
        groups.attach(again, null, MarkerKind.CN_DUN);
        assertNull(again.getPrevious());
        assertNotEquals(one.getGroup(), again.getGroup());
    }
}
