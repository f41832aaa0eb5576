package org.gongkai.portal.subscription;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

/** The days whose digest run finished. */
interface DigestDays extends JpaRepository<DigestDay, LocalDate> {
}
