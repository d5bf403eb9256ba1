package org.gsi.cooperation.internal.iati;

/** One narrative of an IATI text element, with its language (the activity's default language when not given). */
public record IatiText(String lang, String text) {}
