package org.gsi.concerns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gsi.concerns.internal.ConcernFixtures.T0;
import static org.gsi.concerns.internal.ConcernFixtures.concern;
import static org.gsi.concerns.internal.ConcernFixtures.scope;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gsi.concerns.ConcernId;
import org.gsi.concerns.ConcernVisibility;
import org.gsi.concerns.InvalidConcernException;
import org.gsi.concerns.ProposalRef;
import org.gsi.concerns.ProposalScope;
import org.gsi.platform.Words;
import org.junit.jupiter.api.Test;

class ConcernMatcherTests {

    final ConcernMatcher matcher = new ConcernMatcher();

    @Test
    void explainsAMatchOnDomainAndCountry() {
        SecurityConcern kaz = concern("KAZ", Set.of("cybersecurity"), Set.of("KAZ"), Set.of());

        List<ConcernMatch> matches = matcher.matches(
                List.of(kaz), scope("CHN", Set.of("cybersecurity", "terrorism"), Set.of("KAZ", "UZB"), Set.of("CHN")));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.concern()).isEqualTo(kaz);
            assertThat(m.explanation()).isEqualTo("matched on domain cybersecurity and country KAZ");
            assertThat(Words.english(m.words())).isEqualTo(m.explanation());
            assertThat(Words.in(Locale.FRENCH, m.words()))
                    .isEqualTo("correspondance sur le domaine cybersecurity et le pays KAZ");
        });
    }

    @Test
    void explainsSeveralFacetsAsTheReadersLanguageListsThem() {
        ConcernMatch match = new ConcernMatch(
                concern("KAZ", Set.of("cybersecurity"), Set.of("KAZ"), Set.of()),
                List.of("domains cybersecurity, terrorism", "countries KAZ, UZB", "activity kind training"));

        assertThat(Words.english(match.words()))
                .isEqualTo(
                        "matched on domains cybersecurity, terrorism, countries KAZ, UZB and activity kind training");
        assertThat(Words.in(Locale.CHINESE, match.words()))
                .isEqualTo("匹配项：领域 cybersecurity, terrorism、国家 KAZ, UZB和活动类型 training");
    }

    @Test
    void everyFacetTheConcernNamesMustMeetTheProposal() {
        SecurityConcern kaz = concern("KAZ", Set.of("cybersecurity"), Set.of("KAZ"), Set.of());

        assertThat(matcher.matches(List.of(kaz), scope("CHN", Set.of("cybersecurity"), Set.of("ETH"), Set.of())))
                .isEmpty();
        assertThat(matcher.matches(List.of(kaz), scope("CHN", Set.of("demining"), Set.of("KAZ"), Set.of())))
                .isEmpty();
    }

    @Test
    void aRegionMatchesWhenNoCountryIsShared() {
        SecurityConcern regional = concern("KGZ", Set.of(), Set.of(), Set.of("143"));

        assertThat(matcher.matches(List.of(regional), scope("CHN", Set.of("water"), Set.of("TJK"), Set.of())))
                .singleElement()
                .extracting(ConcernMatch::explanation)
                .isEqualTo("matched on region 143");
    }

    @Test
    void concernsOfNonParticipantsAreFoundToo() {
        SecurityConcern ind = concern("IND", Set.of("outer-space"), Set.of(), Set.of());

        assertThat(matcher.matches(
                        List.of(ind), scope("CHN", Set.of("outer-space"), Set.of("PAK"), Set.of("CHN", "PAK"))))
                .hasSize(1);
    }

    @Test
    void aConcernAboutPartiesMatchesOnlyWhenOneOfThemTakesPart() {
        SecurityConcern aboutParties = new SecurityConcern(
                ConcernId.newId(),
                "ETH",
                "Arms transfers to armed groups in the region",
                Set.of("salw"),
                Set.of(),
                Set.of(),
                Set.of("ERI", "SDN"),
                Set.of("training"),
                ConcernVisibility.SECRETARIAT,
                T0);
        ProposalScope withSudan = new ProposalScope(
                ProposalRef.project("p"),
                "CHN",
                Set.of("salw"),
                Set.of("SDN"),
                Set.of(),
                Set.of("CHN", "SDN"),
                Optional.of("training"));

        assertThat(matcher.matches(List.of(aboutParties), withSudan))
                .singleElement()
                .extracting(ConcernMatch::explanation)
                .isEqualTo("matched on domain salw, party SDN and activity kind training");
        ProposalScope withoutThem = new ProposalScope(
                ProposalRef.project("p"), "CHN", Set.of("salw"), Set.of(), Set.of(), Set.of("KEN"), Optional.empty());
        assertThat(matcher.matches(List.of(aboutParties), withoutThem)).isEmpty();
    }

    @Test
    void aPartysOwnConcernIsNotRaisedOnItsOwnProposal() {
        SecurityConcern kaz = concern("KAZ", Set.of("cybersecurity"), Set.of("KAZ"), Set.of());

        assertThat(matcher.matches(List.of(kaz), scope("KAZ", Set.of("cybersecurity"), Set.of("KAZ"), Set.of())))
                .isEmpty();
    }

    @Test
    void listsSeveralSharedValuesInOrder() {
        SecurityConcern broad = concern("RUS", Set.of("biosecurity", "public-health"), Set.of("KAZ", "KGZ"), Set.of());

        assertThat(matcher.matches(
                        List.of(broad),
                        scope("CHN", Set.of("public-health", "biosecurity"), Set.of("KGZ", "KAZ"), Set.of())))
                .singleElement()
                .extracting(ConcernMatch::explanation)
                .isEqualTo("matched on domains biosecurity, public-health and countries KAZ, KGZ");
    }

    @Test
    void aConcernMustSayWhatItIsAbout() {
        assertThatThrownBy(() -> concern("KAZ", Set.of(), Set.of(), Set.of()))
                .isInstanceOf(InvalidConcernException.class);
        assertThatThrownBy(() -> concern("KAZ", Set.of("cyber"), Set.of("KZ"), Set.of()))
                .hasMessageContaining("countries");
    }
}
