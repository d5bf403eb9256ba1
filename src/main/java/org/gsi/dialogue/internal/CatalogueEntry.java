package org.gsi.dialogue.internal;

import org.gsi.dialogue.CbmDimension;

/** A measure from the catalogue that a track may choose. */
record CatalogueEntry(String code, CbmDimension dimension, String title) {}
