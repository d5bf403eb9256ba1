/**
 * The web shell: page layout, navigation, language switch among the six UN languages (right-to-left for Arabic)
 * and the home dashboard, which only reads other modules' interfaces.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "registry", "taxonomy", "identity", "notifications"})
package org.gsi.web;
