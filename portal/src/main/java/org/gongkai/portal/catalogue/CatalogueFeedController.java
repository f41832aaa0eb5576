package org.gongkai.portal.catalogue;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gongkai.workflow.publication.CatalogueItem;
import org.gongkai.workflow.publication.CatalogueItems;
import org.gongkai.workflow.publication.ItemStatus;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An Atom feed of the newest public items, read from the database (so it works while the search
 * index is down), with absolute links to their pages.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4287">RFC 4287</a>
 */
@Controller
class CatalogueFeedController {

	static final int ENTRIES = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** The static stylesheet that shows the feed in a browser. */
	static final String STYLESHEET = "/feed.xsl";

	private static final String NS = "http://www.w3.org/2005/Atom";

	private final CatalogueItems items;

	private final MessageSource messages;

	CatalogueFeedController(CatalogueItems items, MessageSource messages) {
		this.items = items;
		this.messages = messages;
	}

	@GetMapping("/catalogue/feed.atom")
	ResponseEntity<String> feed(Locale locale) throws XMLStreamException {
		var latest = items.findByStatusOrderByPublishedAtDesc(ItemStatus.PUBLISHED, PageRequest.of(0, ENTRIES))
			.stream()
			.filter(CatalogueItem::isPublic)
			.toList();
		var base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		var text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		// a browser shows the feed as a page through this stylesheet; feed readers ignore it
		var context = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
		xml.writeProcessingInstruction("xml-stylesheet",
				"type=\"text/xsl\" href=\"" + (context == null ? "" : context) + STYLESHEET + "\"");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(NS);
		xml.writeAttribute("xml:lang", "zh-CN");
		element(xml, "id", base + "/catalogue/feed.atom");
		element(xml, "title", messages.getMessage("feed.title", null, locale));
		element(xml, "updated", timestamp(latest.isEmpty() ? Instant.EPOCH : latest.get(0).getPublishedAt()));
		link(xml, "self", base + "/catalogue/feed.atom", "application/atom+xml");
		link(xml, "alternate", base + "/catalogue?sort=date", "text/html");
		for (var item : latest) {
			var href = base + "/catalogue/items/" + item.getId();
			xml.writeStartElement("entry");
			element(xml, "id", href);
			element(xml, "title", item.getTitle());
			element(xml, "published", timestamp(item.getPublishedAt()));
			element(xml, "updated", timestamp(item.getUpdatedAt().isAfter(item.getPublishedAt()) ? item.getUpdatedAt()
					: item.getPublishedAt()));
			link(xml, "alternate", href, "text/html");
			xml.writeStartElement("author");
			element(xml, "name", item.getIssuer());
			xml.writeEndElement();
			if (item.getTopic() != null) {
				xml.writeEmptyElement("category");
				xml.writeAttribute("term", item.getTopic());
			}
			var summary = item.getSummary() != null && !item.getSummary().isBlank() ? item.getSummary()
					: item.getIndexNo();
			element(xml, "summary", summary);
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.body(text.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value == null ? "" : value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}
}
