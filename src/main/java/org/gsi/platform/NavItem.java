package org.gsi.platform;

/**
 * An entry of the main navigation, contributed by a module as a bean.
 *
 * @param messageKey key of the label in the message bundles
 * @param path where it leads
 * @param order position, smaller first
 * @param publicItem whether it is shown to visitors who are not logged in
 * @param permission the permission a logged-in user needs to see it, or {@code null} for any user
 */
public record NavItem(String messageKey, String path, int order, boolean publicItem, Permission permission) {

    public NavItem(String messageKey, String path, int order, boolean publicItem) {
        this(messageKey, path, order, publicItem, null);
    }

    public boolean shownTo(Actor actor) {
        if (actor == null) {
            return publicItem;
        }
        return permission == null || actor.can(permission);
    }
}
