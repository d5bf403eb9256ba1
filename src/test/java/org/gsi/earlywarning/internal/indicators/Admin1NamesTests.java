package org.gsi.earlywarning.internal.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Admin1NamesTests {

    @Test
    void aDivisionNamedWithOrWithoutItsTypeIsOneUnit() {
        assertThat(Admin1Names.unit("SYR", "Aleppo governorate")).isEqualTo("SYR/Aleppo");
        assertThat(Admin1Names.unit("SYR", "Aleppo Governorate")).isEqualTo("SYR/Aleppo");
        assertThat(Admin1Names.unit("SYR", "Aleppo")).isEqualTo("SYR/Aleppo");
        assertThat(Admin1Names.unit("CAF", "Ouham-Pendé  province")).isEqualTo("CAF/Ouham-Pendé");
        assertThat(Admin1Names.unit("NGA", "Borno State")).isEqualTo("NGA/Borno");
    }

    @Test
    void properNamesAndBareTypeWordsStayAsTheyAre() {
        assertThat(Admin1Names.reconcile("Free State")).isEqualTo("Free State");
        assertThat(Admin1Names.reconcile("Province")).isEqualTo("Province");
        assertThat(Admin1Names.reconcile("Western Cape")).isEqualTo("Western Cape");
        assertThat(Admin1Names.reconcile("Provincetown")).isEqualTo("Provincetown");
    }
}
