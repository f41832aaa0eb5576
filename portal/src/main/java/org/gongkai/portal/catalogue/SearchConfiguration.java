package org.gongkai.portal.catalogue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.gongkai.search.CatalogueIndex;
import org.gongkai.search.CatalogueReindex;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchAdmission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the search library to the client Spring Boot configures from {@code spring.elasticsearch.*}. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	CatalogueIndex catalogueIndex(ElasticsearchClient client, SearchProperties properties) {
		return new CatalogueIndex(client, properties.alias(), properties.layout());
	}

	@Bean
	CatalogueReindex catalogueReindex(ElasticsearchClient client, CatalogueIndex index, SearchProperties properties) {
		return new CatalogueReindex(client, index, properties.fillWorkers());
	}

	@Bean
	SearchAdmission searchAdmission(SearchProperties properties) {
		return properties.admission();
	}

	@Bean
	CatalogueSearch catalogueSearch(ElasticsearchClient client, SearchProperties properties, SearchAdmission admission) {
		return new CatalogueSearch(client, properties.alias(), admission, properties.budget());
	}
}
