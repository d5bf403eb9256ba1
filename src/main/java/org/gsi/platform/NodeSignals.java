package org.gsi.platform;

/**
 * Short messages between the nodes that serve the platform on one database (PostgreSQL {@code NOTIFY}). A signal
 * sent inside a transaction reaches the nodes when that transaction commits and never if it rolls back; every node
 * hears it, the sender included. Signals name what changed (ids, a cache's name), never the records themselves:
 * each node reads what it needs through its ordinary, access-checked reads.
 */
public interface NodeSignals {

    /** The longest payload a signal carries, in UTF-8 bytes (PostgreSQL's limit is 8,000). */
    int MAX_PAYLOAD_BYTES = 7_900;

    /**
     * Sends {@code payload} on {@code channel} (lower-case letters, digits and underscores) to every node.
     *
     * @throws IllegalArgumentException for a channel of other characters or a payload over {@link #MAX_PAYLOAD_BYTES}
     */
    void send(String channel, String payload);

    /** Calls {@code listener} with every payload sent on {@code channel} by any node from now on. */
    void listen(String channel, Listener listener);

    /** Hears the signals of one channel. Called on the node's signal thread, one signal after the other. */
    interface Listener {

        void received(String payload);

        /**
         * The node lost its listening connection for a while and may have missed signals sent meanwhile: whatever
         * a missed signal would have refreshed should be refreshed now.
         */
        default void missed() {}
    }
}
