package org.gsi.notifications.internal;

import org.gsi.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notice by e-mail, in the recipient's preferred language, when SMTP is configured ({@code spring.mail.host})
 * and the user has an address; otherwise writes it to the log. A failed e-mail never loses the inbox copy.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;

    Mailer(
            ObjectProvider<JavaMailSender> sender,
            @Value("${gsi.mail.from:gsi-platform@localhost}") String from,
            @Value("${gsi.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void send(UserSummary user, String kind, String subject, NoticeWords.Words words, String link) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || user.email() == null || user.email().isBlank()) {
            log.info("Notice for {} ({}, {})", user.username(), kind, user.language());
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(user.email());
        m.setSubject("[" + subject + "] " + words.title());
        m.setText(words.body() + (link == null ? "" : "\n\n" + baseUrl + link));
        try {
            mail.send(m);
        } catch (MailException e) {
            log.warn("E-mail to {} failed ({}); the notice is in the inbox", user.username(), e.getMessage());
        }
    }
}
