/**
 * The shared vocabulary of the platform: the six principles, the twenty priority areas of cooperation, the
 * security domains (traditional and non-traditional) and the kinds of platforms and mechanisms, each with a
 * stable code and its place in the Concept Paper.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.gsi.taxonomy;
