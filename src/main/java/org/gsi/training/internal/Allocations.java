package org.gsi.training.internal;

import java.util.UUID;
import org.gsi.platform.ReaderFormats;
import org.gsi.registry.Registry;
import org.gsi.training.SeatShare;
import org.gsi.training.internal.TrainingViews.AllocationView;
import org.gsi.training.internal.TrainingViews.ShareView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored allocation of a course, as everyone sees it. */
@Component
class Allocations {

    private final CourseStore store;
    private final Registry registry;
    private final MessageSource messages;

    Allocations(CourseStore store, Registry registry, MessageSource messages) {
        this.store = store;
        this.registry = registry;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    AllocationView of(UUID courseId) {
        CourseRow course = store.find(courseId)
                .orElseThrow(() -> new org.gsi.platform.NotFoundException("course", courseId.toString()));
        String lang = LocaleContextHolder.getLocale().getLanguage();
        ReaderFormats words = ReaderFormats.current(messages);
        var shares =
                store.shares(courseId).stream().map(s -> share(s, lang, words)).toList();
        return new AllocationView(
                courseId,
                course.seats(),
                course.capPerCountry(),
                shares.stream().mapToInt(ShareView::seats).sum(),
                shares);
    }

    private ShareView share(SeatShare s, String lang, ReaderFormats words) {
        String code = s.party().value();
        return new ShareView(
                code,
                registry.find(code).map(p -> p.name(lang)).orElse(code),
                s.requested(),
                s.seats(),
                words.text(s.reason()));
    }
}
