package io.github.gongwen.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.gongwen.fact.MarkerKind;
import org.junit.jupiter.api.Test;

class AmbiguousMarkersTest {
    private static MarkerSyntax.Match m(MarkerKind kind, int ordinal) {
        return new MarkerSyntax.Match(kind, ordinal, ".", true, 0, 2);
    }

    @Test
    void aCandidateIsConfirmedWhereTheNumberingContinues() {
        MarkerSyntax.Match one = m(MarkerKind.ARABIC_DOT, 1);
        MarkerSyntax.Match two = m(MarkerKind.ARABIC_DOT, 2);
        MarkerSyntax.Match three = m(MarkerKind.ARABIC_DOT, 3);
        MarkerSyntax.Match[] markers = {one, null, null};
        AmbiguousMarkers.confirm(markers, new MarkerSyntax.Match[] {null, two, three}, new boolean[3]);
        assertArrayEquals(new MarkerSyntax.Match[] {one, two, three}, markers); // item by item
    }

    @Test
    void aFirstNeedsASecondAfterIt() {
        MarkerSyntax.Match one = m(MarkerKind.ARABIC_DOT, 1);
        MarkerSyntax.Match two = m(MarkerKind.ARABIC_DOT, 2);
        MarkerSyntax.Match[] markers = {null, two};
        AmbiguousMarkers.confirm(markers, new MarkerSyntax.Match[] {one, null}, new boolean[2]);
        assertArrayEquals(new MarkerSyntax.Match[] {one, two}, markers);
    }

    @Test
    void aHigherHeadingOrABarrierStopsTheSearch() {
        MarkerSyntax.Match one = m(MarkerKind.ARABIC_DOT, 1);
        MarkerSyntax.Match top = m(MarkerKind.CN_DUN, 2);
        MarkerSyntax.Match two = m(MarkerKind.ARABIC_DOT, 2);
        MarkerSyntax.Match[] markers = {one, top, null};
        AmbiguousMarkers.confirm(markers, new MarkerSyntax.Match[] {null, null, two}, new boolean[3]);
        assertArrayEquals(new MarkerSyntax.Match[] {one, top, null}, markers);
        markers = new MarkerSyntax.Match[] {one, null, null};
        AmbiguousMarkers.confirm(markers, new MarkerSyntax.Match[] {null, null, two}, new boolean[] {false, true, false});
        assertArrayEquals(new MarkerSyntax.Match[] {one, null, null}, markers);
    }
}
