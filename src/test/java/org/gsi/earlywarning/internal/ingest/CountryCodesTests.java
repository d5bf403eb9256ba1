package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTests {

    private final CountryCodes codes = CollectingSink.CODES;

    @Test
    void gleditschWardCodesMapToIsoIncludingThoseThatDifferFromCorrelatesOfWar() {
        assertThat(codes.fromGleditschWard(482)).contains("CAF");
        assertThat(codes.fromGleditschWard(652)).contains("SYR");
        assertThat(codes.fromGleditschWard(260)).contains("DEU"); // COW uses 255
        assertThat(codes.fromGleditschWard(678)).contains("YEM"); // COW uses 679
        assertThat(codes.fromGleditschWard(340)).contains("SRB"); // COW uses 345
        assertThat(codes.fromGleditschWard(970)).contains("KIR"); // COW 970 is Nauru
        assertThat(codes.fromGleditschWard(345)).contains("SRB");
        assertThat(codes.fromGleditschWard(626)).contains("SSD");
    }

    @Test
    void historicalGleditschWardStatesHaveANameButNoIsoCode() {
        assertThat(codes.fromGleditschWard(817)).isEmpty();
        assertThat(codes.gleditschWardStateName(817)).contains("Vietnam, Republic of");
        assertThat(codes.fromGleditschWard(1)).isEmpty();
    }

    @Test
    void fipsCodesMapToIsoWhereTheTwoStandardsDisagree() {
        assertThat(codes.fromFips("UK")).contains("GBR");
        assertThat(codes.fromFips("GM")).contains("DEU");
        assertThat(codes.fromFips("RS")).contains("RUS");
        assertThat(codes.fromFips("IZ")).contains("IRQ");
        assertThat(codes.fromFips("SF")).contains("ZAF");
        assertThat(codes.fromFips("CT")).contains("CAF");
        assertThat(codes.fromFips("OD")).contains("SSD");
        assertThat(codes.fromFips("RI")).contains("SRB");
        assertThat(codes.fromFips("WE")).contains("PSE");
        assertThat(codes.fromFips("GZ")).contains("PSE");
        assertThat(codes.fromFips("KV")).contains("XKX");
        assertThat(codes.fromFips("ZZ")).isEmpty();
    }

    @Test
    void isoNumericCodesMapToAlpha3AndUnknownOnesAreNotGuessed() {
        assertThat(codes.fromIsoNumeric(4)).contains("AFG");
        assertThat(codes.fromIsoNumeric(729)).contains("SDN");
        assertThat(codes.fromIsoNumeric(728)).contains("SSD");
        assertThat(codes.fromIsoNumeric(887)).contains("YEM");
        assertThat(codes.fromIsoNumeric(1)).isEmpty();
        assertThat(codes.isKnownAlpha3("KAZ")).isTrue();
        assertThat(codes.isKnownAlpha3("XXX")).isFalse();
    }

    @Test
    void acledsCodeZeroIsKosovo() {
        assertThat(codes.fromIsoNumeric(0)).contains("XKX");
        assertThat(codes.isKnownAlpha3("XKX")).isTrue();
    }

    @Test
    void namesAreMatchedAsSourcesWriteThemWithoutCaseAccentsOrBracketedFormerNames() {
        assertThat(codes.fromName("DR Congo (Zaire)")).contains("COD");
        assertThat(codes.fromName("Democratic Republic of Congo")).contains("COD");
        assertThat(codes.fromName("Côte d'Ivoire")).contains("CIV");
        assertThat(codes.fromName("Ivory Coast")).contains("CIV");
        assertThat(codes.fromName("Russia (Soviet Union)")).contains("RUS");
        assertThat(codes.fromName("Kosovo")).contains("XKX");
        assertThat(codes.fromName("  central african republic ")).contains("CAF");
        assertThat(codes.fromName("Türkiye")).contains("TUR");
        assertThat(codes.fromName("Atlantis")).isEmpty();
        assertThat(codes.fromName("")).isEmpty();
    }
}
