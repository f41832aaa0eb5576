package org.gongkai.workflow.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.MoveToProactiveDisclosure;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.RequestStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 依申请转主动 (art. 44): information disclosed on request that the public at large needs is promoted
 * into the catalogue: a draft of the handling department, prefilled from the reply, that enters the
 * ordinary publication flow (保密审查 included). The applicant's identity is never copied.
 */
@Service
public class PromoteReply {

	/** Only what was actually disclosed can be promoted. */
	static final Set<ReplyType> DISCLOSED = Set.of(ReplyType.DISCLOSE, ReplyType.PARTIAL);

	static final String DEFAULT_COLUMN = "other-doc";

	private final DisclosureRequests requests;

	private final CatalogueItems items;

	private final Departments departments;

	private final DraftCatalogueItem draft;

	private final PublicationProperties properties;

	private final EntityManager entities;

	private final MoveToProactiveDisclosure moveToProactive;

	PromoteReply(DisclosureRequests requests, CatalogueItems items, Departments departments, DraftCatalogueItem draft,
			PublicationProperties properties, EntityManager entities, MoveToProactiveDisclosure moveToProactive) {
		this.entities = entities;
		this.moveToProactive = moveToProactive;
		this.requests = requests;
		this.items = items;
		this.departments = departments;
		this.draft = draft;
		this.properties = properties;
	}

	/** The department's disclosed replies not yet promoted, newest first. */
	@Transactional(readOnly = true)
	public List<DisclosureRequest> promotable(String department, int limit) {
		return entities.createQuery("select r from DisclosureRequest r where r.departmentCode = :department"
				+ " and r.status in :replied and r.replyType in :disclosed"
				+ " and not exists (select i.id from CatalogueItem i where i.sourceRequestId = r.id)"
				+ " order by r.repliedAt desc", DisclosureRequest.class)
			.setParameter("department", department)
			.setParameter("replied", List.of(RequestStatus.REPLIED, RequestStatus.ARCHIVED))
			.setParameter("disclosed", DISCLOSED)
			.setMaxResults(limit)
			.getResultList();
	}

	/**
	 * Art. 44: how many applicants asked for the same information as each of these requests (the same
	 * title, told apart by their account or else their name), from one query; a reply many asked for is
	 * the first to move into proactive disclosure.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Long> applicantsAsking(List<DisclosureRequest> replied) {
		if (replied.isEmpty()) {
			return java.util.Map.of();
		}
		var titles = replied.stream().map(DisclosureRequest::getTitle).distinct().toList();
		var byTitle = new java.util.HashMap<String, Long>();
		entities.createQuery("select r.title, count(distinct coalesce(r.applicantUser, r.applicant.applicantName)) "
				+ "from DisclosureRequest r where r.title in :titles group by r.title", Object[].class)
			.setParameter("titles", titles)
			.getResultList()
			.forEach(row -> byTitle.put((String) row[0], (Long) row[1]));
		var counts = new java.util.HashMap<Long, Long>();
		replied.forEach(request -> counts.put(request.getId(), byTitle.getOrDefault(request.getTitle(), 1L)));
		return counts;
	}

	/**
	 * @param department the handler's department, which must be the request's
	 * @throws RequestNotFound if there is no such request in the handler's department
	 * @throws RequestNotInExpectedState unless the request was replied with (partial) disclosure
	 * @throws ItemNotInExpectedState if the reply was already promoted
	 */
	@Transactional
	public CatalogueItem promote(Long requestId, String department, String handler) {
		var request = requests.findById(requestId)
			.filter(r -> r.getDepartmentCode() != null && r.getDepartmentCode().equals(department))
			.orElseThrow(() -> new RequestNotFound(requestId));
		if (!request.isReplied() || !DISCLOSED.contains(request.getReplyType())) {
			throw new RequestNotInExpectedState(requestId, request.getStatus(), "promoted into the catalogue");
		}
		var existing = items.findFirstBySourceRequestId(requestId);
		if (existing.isPresent()) {
			throw new ItemNotInExpectedState(existing.get().getId(), existing.get().getStatus(),
					"created again from request " + requestId);
		}
		var issuer = departments.findById(department).orElseThrow().getName();
		LocalDate written = request.getRepliedAt().atZone(properties.zone()).toLocalDate();
		var title = request.getTitle().length() > 500 ? request.getTitle().substring(0, 500) : request.getTitle();
		var content = new ItemContent(title, null, request.getReplyNote(), issuer, written, null, DEFAULT_COLUMN, null,
				null, null, DisclosureClass.PROACTIVE, null, null, null, null);
		return draft.promoted(content, department, handler, requestId);
	}

	/** A promoted item was published: the request it came from is now public (in the publishing transaction). */
	@EventListener
	void published(CatalogueItemPublished event) {
		items.findById(event.itemId())
			.map(CatalogueItem::getSourceRequestId)
			.ifPresent(requestId -> moveToProactive.published(requestId, event.itemId(), event.indexNo()));
	}

	/**
	 * A promoted item was withdrawn from the catalogue: the request it came from is no longer public (in
	 * the change's transaction). A repealed or expired item stays in the catalogue, marked as such, so its
	 * request stays public.
	 */
	@EventListener
	void withdrawn(CatalogueItemWithdrawn event) {
		items.findById(event.itemId())
			.map(CatalogueItem::getSourceRequestId)
			.ifPresent(requestId -> moveToProactive.withdrawn(requestId, event.itemId(), event.indexNo()));
	}
}
