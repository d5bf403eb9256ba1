package org.gsi.platform;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #fmt}, the {@link ReaderFormats} of the page's reader: {@code ${#fmt.dateTime(x)}},
 * {@code ${#fmt.money(amount, currency)}}, {@code ${#fmt.text(message)}}.
 */
@Component
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final MessageSource messages;

    FormatsDialect(MessageSource messages) {
        super("gsi-formats");
        this.messages = messages;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("fmt");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return ReaderFormats.of(messages, context.getLocale(), ReaderFormats.readerZone());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
