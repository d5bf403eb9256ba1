package org.gsi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.gsi.PlatformTest;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.gsi.platform.Versions;
import org.gsi.registry.PartyKind;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.Registry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Allocation of a course's seats among 150 eligible countries (target: 50 ms). Run with bench/commitments/run.sh. */
@PlatformTest
class AllocationBenchmark {

    @Autowired
    CourseStore store;

    @Autowired
    TrainingService service;

    @Autowired
    Registry registry;

    @Autowired
    org.gsi.registry.PartyAttributes attributes;

    @Test
    void allocationAmongAHundredAndFiftyCountries() {
        List<String> countries =
                registry.search(new PartyQuery(null, PartyKind.STATE, null, null, null, "en", 0, 500)).items().stream()
                        .map(p -> p.code())
                        .limit(150)
                        .toList();
        assertThat(countries).hasSize(150);
        LocalDate start = LocalDate.now().plusMonths(1);
        UUID id = UUID.randomUUID();
        Course course = service.announce(new CourseRow(
                id,
                "CHN",
                "CHN",
                "Benchmark course",
                List.of(),
                start,
                start.plusDays(5),
                "en",
                "ONLINE",
                300,
                4,
                "parties",
                countries,
                start.minusDays(1),
                null,
                false,
                false));
        for (int i = 0; i < countries.size(); i++) {
            course.requestSeats(
                    org.gsi.registry.PartyCode.of(countries.get(i)), 1 + i % 6, LocalDate.now(), attributes);
        }
        store.save(course);
        Actor china = new Actor("bench", "CHN", Role.FOCAL_POINT);
        for (int i = 0; i < 5; i++) {
            service.allocate(china, id, Versions.etag(service.version(id)));
        }
        long[] times = new long[20];
        for (int i = 0; i < times.length; i++) {
            String etag = Versions.etag(service.version(id));
            long t = System.nanoTime();
            var allocation = service.allocate(china, id, etag);
            times[i] = (System.nanoTime() - t) / 1_000_000;
            assertThat(allocation.allocated()).isEqualTo(300);
        }
        Arrays.sort(times);
        System.out.printf(
                "BENCH allocation among 150 countries (300 seats, cap 4, stored with reasons): median %d ms, max %d ms%n",
                times[times.length / 2], times[times.length - 1]);
    }
}
