package org.gsi.earlywarning.internal.ingest;

/** A single row cannot be used; the import goes on with the next row. Carries no stack trace (rows are many). */
class RowRejectedException extends RuntimeException {

    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
