package org.gsi.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTests {

    static final NameNormalizer NORMALIZER = new NameNormalizer();
    static final double T = Scoring.DEFAULT_THRESHOLD;

    static double names(String a, String b, boolean organisation) {
        return new NameMatcher()
                .compare(NORMALIZER.normalize(a, organisation), NORMALIZER.normalize(b, organisation))
                .score();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Iyad Nazmi Salih Khalil | إياد نظمي صالح خليل",
                "Abu Mohammed al-Jawlani | أبو محمد الجولاني",
                "Zaurbek Salimovich Guchaev | Заурбек Салимович Гучаев",
                "Wang Jianguo | 王建国",
                "Khalil Iyad Nazmi Salih | Iyad Nazmi Salih Khalil",
                "Iyad Khalil | Iyad Nazmi Salih Khalil",
                "I. N. Khalil | Iyad Nazmi Salih Khalil",
                "Mohammed Jawlani | Abu Muhammad al-Jawlani",
                "Hajjaj Fahd al-Ajmi | HAJJAJ BIN FAHD AL AJMI",
                "Nessim Ben Romdhane Sahraoui | NESSIM BEN ROMDHANE SAHRAOUI",
                "Nesim ben Romdhané Sahraoui | NESSIM BEN ROMDHANE SAHRAOUI",
                "Abdullah Muhammad Rajab Abdulrahman | ABD ALLAH MOHAMED RAGAB ABDEL RAHMAN",
                "Naif Saleh Salem al Qaisi | NAYIF SALIH SALIM AL-QAYSI",
                "Hendrik van der Berg | Hendrik Berg"
            })
    void namesOfOnePersonAcrossScriptsAndConventionsArePossibleMatches(String asked, String listed) {
        assertThat(names(asked, listed, false)).isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Korea Ryonha Machinery Joint Venture Corp. | KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION",
                "Shen Zhong International Shipping LLC | SHEN ZHONG INTERNATIONAL SHIPPING",
                "Eastern Horizon Trading Company | Eastern Horizon Trading Co., Ltd.",
                "GIA | Groupe Islamique Armé"
            })
    void organisationsMatchWhateverTheirLegalForm(String asked, String listed) {
        assertThat(names(asked, listed, true)).isGreaterThanOrEqualTo(T);
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mohammed Khalil | Iyad Nazmi Salih Khalil",
                "Mohammed Ali | Mohammed Yaqoub",
                "Khalil | Iyad Nazmi Salih Khalil",
                "Iyad Nazmi Hassan | Iyad Nazmi Salih Khalil"
            })
    void oneSharedCommonNameIsNotAPossibleMatch(String asked, String listed) {
        assertThat(names(asked, listed, false)).isLessThan(T);
    }

    @Test
    void aNearMissOrganisationIsNotAPossibleMatch() {
        assertThat(names("Korea Tonghae Shipping", "Korea Mining Development Trading Corporation", true))
                .isLessThan(T);
        assertThat(names("Korea Ryonha Textile Joint Venture", "Korea Ryonha Machinery Joint Venture", true))
                .isLessThan(T);
    }

    @Test
    void theScoreIsExplainedPartByPartAndTheDateOfBirthAndNationalityCountInIt() {
        ScreeningQuery q = ScreeningQuery.of(
                NORMALIZER,
                "Mohammed al-Jawlani",
                EntryType.PERSON,
                BirthDateQuery.parse("1975").orElseThrow(),
                "SYR");
        EntryFacts facts = new EntryFacts(
                EntryType.PERSON,
                List.of(new ListEntry.BirthDate("BETWEEN", "", null, 1975, 1979, "")),
                Set.of("SYR"),
                Set.of());
        MatchResult m = new Scoring().score(q, List.of(NORMALIZER.normalize("ABU MOHAMMED AL-JAWLANI", false)), facts);
        assertThat(m.factors())
                .extracting(Factor::code)
                .contains("names", "part", "unmatched-candidate", "birth-year", "nationality-match");
        assertThat(m.factors())
                .filteredOn(f -> f.code().equals("part"))
                .extracting(f -> f.args().get(2))
                .contains("same");
        assertThat(m.score()).isGreaterThan(m.nameScore());

        ScreeningQuery older = ScreeningQuery.of(
                NORMALIZER,
                "Mohammed al-Jawlani",
                EntryType.PERSON,
                BirthDateQuery.parse("1950").orElseThrow(),
                "IDN");
        MatchResult conflict =
                new Scoring().score(older, List.of(NORMALIZER.normalize("ABU MOHAMMED AL-JAWLANI", false)), facts);
        assertThat(conflict.factors()).extracting(Factor::code).contains("birth-conflict", "nationality-conflict");
        assertThat(conflict.score()).isLessThan(conflict.nameScore()).isLessThan(T);
    }

    @Test
    void aPersonAskedAgainstAListedOrganisationIsCapped() {
        ScreeningQuery q = ScreeningQuery.of(NORMALIZER, "Al Mourabitoun", EntryType.PERSON, null, null);
        MatchResult m = new Scoring()
                .score(
                        q,
                        List.of(NORMALIZER.normalize("AL MOURABITOUN", true)),
                        new EntryFacts(EntryType.ORGANISATION, List.of(), Set.of(), Set.of()));
        assertThat(m.score()).isEqualTo(Scoring.TYPE_CONFLICT_CAP);
        assertThat(m.factors()).extracting(Factor::code).contains("type-conflict");
    }

    @Test
    void consonantKeysAgreeAcrossTransliterations() {
        assertThat(Skeleton.of("muhammad")).isEqualTo(Skeleton.of("mohamed")).isEqualTo("mhmd");
        assertThat(Skeleton.of("khalil")).isEqualTo(Skeleton.of("khlyl"));
        assertThat(Skeleton.of("jamal")).isEqualTo(Skeleton.of("gamal"));
        assertThat(Skeleton.of("iyad")).isEqualTo(Skeleton.of("ayad"));
    }
}
