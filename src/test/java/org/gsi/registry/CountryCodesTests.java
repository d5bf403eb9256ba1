package org.gsi.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTests {

    @Test
    void alpha2AndAlpha3CodesTranslateBothWays() {
        assertThat(CountryCodes.alpha2("KAZ")).contains("KZ");
        assertThat(CountryCodes.alpha3("KZ")).contains("KAZ");
        assertThat(CountryCodes.alpha3("NA")).contains("NAM");
        assertThat(CountryCodes.alpha2("CIV")).contains("CI");
    }

    @Test
    void whatIsNoCountryCodeHasNoTranslation() {
        assertThat(CountryCodes.alpha3("XX")).isEmpty();
        assertThat(CountryCodes.alpha3("kz")).isEmpty();
        assertThat(CountryCodes.alpha2("sco")).isEmpty();
        assertThat(CountryCodes.alpha2(null)).isEmpty();
    }
}
