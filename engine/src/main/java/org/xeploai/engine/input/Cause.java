package org.xeploai.engine.input;

/** The row that, refused, made others refused in turn: its id and its line, for their messages. */
record Cause(String id, long line) {
}
