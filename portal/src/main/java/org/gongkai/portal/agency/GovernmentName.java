package org.gongkai.portal.agency;

import jakarta.persistence.EntityManager;

import org.gongkai.portal.system.SiteIdentity;
import org.gongkai.workflow.organisation.Department;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names the government at the root of the agency tree as the site does ({@code gongkai.site.government}):
 * the migration that made it a row could not know the name. Idempotent, harmless on several nodes.
 */
@Component
@Order(0)
class GovernmentName implements ApplicationRunner {

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	private final SiteIdentity site;

	GovernmentName(EntityManager entities, TransactionTemplate transactions, SiteIdentity site) {
		this.entities = entities;
		this.transactions = transactions;
		this.site = site;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (site.government() == null || site.government().isBlank()) {
			return;
		}
		transactions.executeWithoutResult(status -> entities
			.createQuery("update Department d set d.name = :name where d.code = :code and d.name <> :name")
			.setParameter("name", site.government().strip())
			.setParameter("code", Department.GOVERNMENT)
			.executeUpdate());
	}
}
