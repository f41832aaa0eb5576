package org.gongkai.workflow.consultation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.statistics.Series;
import org.gongkai.workflow.statistics.StatisticsSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意见征集 in the office's statistics: per agency the consultations opened in the year, the comments
 * received and accepted (shown), the feedback groups by outcome and the adoption rate
 * ((采纳 + 部分采纳) ÷ groups). A consultation counts in the year it opened.
 */
@Component
@Order(1)
public class ConsultationStatistics implements StatisticsSection {

	public static final String ID = "consultations";

	private final EntityManager entities;

	private final Departments departments;

	ConsultationStatistics(EntityManager entities, Departments departments) {
		this.entities = entities;
		this.departments = departments;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String chartedSeries() {
		return ID + "-by-agency";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Series> series(int year) {
		var rows = new ArrayList<List<Object>>();
		for (var figures : byAgency(year).values()) {
			rows.add(java.util.Arrays.asList(figures.agencyName(), figures.consultations(), figures.received(), figures.accepted(),
					figures.adopted(), figures.partly(), figures.notAdopted(), figures.adoptionRate()));
		}
		return List.of(new Series(ID + "-by-agency", "意见征集（按机关）", List.of("机关", "征集次数", "收到意见", "公开展示意见",
				"采纳", "部分采纳", "不予采纳", "采纳率（%）"), rows));
	}

	/**
	 * The year's consultations of the agencies in scope as one sentence for the annual report: how many, the
	 * comments received and shown, and how the grouped comments were adopted.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<String> quotable(int year, java.util.Collection<String> departmentCodes) {
		var figures = byAgency(year).values().stream().filter(f -> departmentCodes.contains(f.agency())).toList();
		if (figures.isEmpty()) {
			return List.of(year + "年未开展意见征集。");
		}
		var total = new Figures(null, null, sum(figures, Figures::consultations), sum(figures, Figures::received),
				sum(figures, Figures::accepted), sum(figures, Figures::adopted), sum(figures, Figures::partly),
				sum(figures, Figures::notAdopted));
		var sentence = new StringBuilder().append(year).append("年开展意见征集").append(total.consultations())
			.append("次，收到意见").append(total.received()).append("条，公开展示").append(total.accepted()).append("条");
		long groups = total.adopted() + total.partly() + total.notAdopted();
		if (groups > 0) {
			sentence.append("；归纳为").append(groups).append("组，采纳").append(total.adopted()).append("组、部分采纳")
				.append(total.partly()).append("组、不予采纳").append(total.notAdopted()).append("组，采纳率")
				.append(total.adoptionRate().toPlainString()).append("%");
		}
		return List.of(sentence.append("。").toString());
	}

	private static long sum(List<Figures> figures, java.util.function.ToLongFunction<Figures> figure) {
		return figures.stream().mapToLong(figure).sum();
	}

	/** One agency's figures of the year; the annual report may quote them. */
	public record Figures(String agency, String agencyName, long consultations, long received, long accepted,
			long adopted, long partly, long notAdopted) {

		/** (采纳 + 部分采纳) ÷ groups in per cent with one decimal, or null without groups. */
		public BigDecimal adoptionRate() {
			long groups = adopted + partly + notAdopted;
			return groups == 0 ? null
					: BigDecimal.valueOf((adopted + partly) * 100L).divide(BigDecimal.valueOf(groups), 1, RoundingMode.HALF_UP);
		}
	}

	/** The year's figures per agency that opened a consultation, by department code. */
	@Transactional(readOnly = true)
	public Map<String, Figures> byAgency(int year) {
		var from = java.time.LocalDate.of(year, 1, 1);
		var to = from.plusYears(1);
		var opened = entities
			.createQuery("select c from Consultation c where c.opensOn >= :from and c.opensOn < :to and c.status in :statuses",
					Consultation.class)
			.setParameter("from", from)
			.setParameter("to", to)
			.setParameter("statuses", List.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED,
					ConsultationStatus.FEEDBACK_REVIEW, ConsultationStatus.CONCLUDED))
			.getResultList();
		var result = new LinkedHashMap<String, Figures>();
		opened.stream().map(Consultation::getDepartmentCode).distinct().sorted().forEach(code -> {
			var ids = opened.stream().filter(c -> c.getDepartmentCode().equals(code)).map(Consultation::getId).toList();
			long received = count("select count(c) from ConsultationComment c where c.consultationId in :ids", ids);
			long accepted = count("select count(c) from ConsultationComment c where c.consultationId in :ids and c.status = "
					+ "org.gongkai.workflow.consultation.CommentStatus.ACCEPTED", ids);
			long adopted = groups(ids, AdoptionOutcome.ADOPTED);
			long partly = groups(ids, AdoptionOutcome.PARTLY_ADOPTED);
			long not = groups(ids, AdoptionOutcome.NOT_ADOPTED);
			var name = departments.findById(code).map(d -> d.getName()).orElse(code);
			result.put(code, new Figures(code, name, ids.size(), received, accepted, adopted, partly, not));
		});
		return result;
	}

	private long count(String query, List<Long> ids) {
		return entities.createQuery(query, Long.class).setParameter("ids", ids).getSingleResult();
	}

	/** Groups of concluded consultations only: feedback still being written or reviewed does not count. */
	private long groups(List<Long> ids, AdoptionOutcome outcome) {
		return entities
			.createQuery("select count(g) from CommentGroup g, Consultation c where g.consultationId = c.id and c.id in :ids "
					+ "and c.status = :concluded and g.outcome = :outcome", Long.class)
			.setParameter("ids", ids)
			.setParameter("concluded", ConsultationStatus.CONCLUDED)
			.setParameter("outcome", outcome)
			.getSingleResult();
	}
}
