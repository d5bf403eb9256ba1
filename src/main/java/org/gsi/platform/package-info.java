/**
 * Shared platform concerns every module builds on: the database (embedded PostgreSQL by default), the
 * visibility rule of records, problem details for errors, optimistic-concurrency headers and paging.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gsi.platform;
