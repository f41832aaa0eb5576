package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.gongkai.workflow.calendar.Deadline;
import org.gongkai.workflow.calendar.HolidayArrangement;
import org.gongkai.workflow.calendar.WorkingDayCalendar;
import org.gongkai.workflow.crypto.FieldEncryption;
import org.gongkai.workflow.request.ApplicantType;
import org.gongkai.workflow.request.ApplicationChannel;
import org.gongkai.workflow.request.DeliveryForm;
import org.gongkai.workflow.request.DeliveryMethod;
import org.gongkai.workflow.request.NoticeKind;
import org.gongkai.workflow.request.RegisterWords;
import org.gongkai.workflow.request.RemedyKind;
import org.gongkai.workflow.request.RemedyOutcome;
import org.gongkai.workflow.request.ReplyDelivery;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.request.WithholdingReason;
import org.gongkai.workflow.request.identity.IdType;

/**
 * A year of finished disclosure requests (依申请公开), written straight into {@code disclosure_request} and the
 * tables around it with JDBC batches, as the portal would have left them once their process instances ended:
 * the {@code case_event} log, the numbered notices (补正, 延期, 收费), reply letters and their delivery, and
 * the remedies (复议, 诉讼, 投诉) of a few. Every status a finished case can have (答复, 归档, 撤回, 终止), every
 * reply type with its reasons, applicants of every type with valid identity numbers for their document,
 * receipt numbers in the portal's format in the order received, and due dates counted with the workflow's
 * own working-day calendar (20 working days from receipt, art. 33). No Camunda rows: the register, the
 * statistics and the annual report read none.
 * <p>
 * Requests are received on the working days of {@code year}; those received late in December are finished
 * in the next year (the annual report's 结转下年度). The same seed and count give the same cases.
 */
final class RequestGenerator {

	/**
	 * The portal's demo encryption key ({@code gongkai.workflow.encryption-key}'s default in application.yml),
	 * which the benchmark's portal runs with: identity numbers are stored encrypted with it, as the portal does.
	 */
	static final String DEMO_ENCRYPTION_KEY = "ZGVtby1vbmx5LWtleS1kby1ub3QtdXNlLWluLXByb2Q=";

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Art. 33: reply within 20 working days of receipt; 20 more when extended. */
	static final int REPLY_WORKING_DAYS = 20;

	private static final int SUPPLEMENT_WORKING_DAYS = 15;

	private static final int FEE_WORKING_DAYS = 20;

	private static final int BATCH = 500;

	/** How the portal's Hibernate stores an {@link Instant} in a {@code datetime}: its UTC wall time. */
	private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

	private static final String INSERT_REQUEST = "insert into disclosure_request (id, version, receipt_no, status, reply_type, "
			+ "reply_reasons, reply_note, visibility, applicant_user, applicant_type, applicant_name, id_number, "
			+ "id_number_masked, legal_representative, contact_person, phone, email, address, postcode, title, description, "
			+ "delivery_form, delivery_method, accessibility_needs, department_code, submitted_at, received_on, reply_due_on, "
			+ "reply_due_provisional, supplement_requested, supplement_note, supplement_due_on, replied_at, closed_at, "
			+ "updated_at, original_due_on, extension_reason, extension_working_days, fee_method, fee_quantity, fee_amount, "
			+ "fee_due_on, reply_letter_no, reply_delivery, reply_tracking_no, reply_delivered_on, archived_at, kind, channel, "
			+ "registered_by, id_type) values (?, 0, ?, ?, ?, ?, ?, 'APPLICANT_AND_STAFF', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
			+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DISCLOSURE', ?, ?, ?)";

	/** The register's words of each request, as the portal writes them ({@link RegisterWords}). */
	private static final String INSERT_WORD = "insert ignore into request_word (request_id, word) values (?, ?)";

	private static final String INSERT_EVENT = "insert into case_event (case_type, case_id, type, actor, occurred_at, note) "
			+ "values ('DISCLOSURE_REQUEST', ?, ?, ?, ?, ?)";

	private static final String INSERT_NOTICE = "insert into request_notice (request_id, kind, notice_no, issued_on, issued_by, "
			+ "addressee, content, previous_due_on, due_on, fee_method, fee_quantity, fee_amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_REMEDY = "insert into request_remedy (version, request_id, kind, filed_on, authority, outcome, "
			+ "decided_on, note, recorded_by) values (0, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
			"郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
			"明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "海燕", "文博", "子涵", "雨轩", "思远", "建国", "淑珍",
			"红梅", "立新", "春生", "玉兰" };

	/** Area codes of resident identity numbers (GB/T 2260). */
	private static final String[] AREAS = { "110105", "110108", "310115", "310104", "440305", "440106", "330106", "320102",
			"510107", "420106", "370202", "350203", "610113", "430104", "120101", "500103" };

	private static final String[] COMPANY_WORDS = { "华信", "恒达", "鼎盛", "中科", "宏远", "新世纪", "天成", "金桥", "瑞丰", "博远",
			"安泰", "嘉禾" };

	private static final String[] COMPANY_TRADES = { "建设工程", "科技", "房地产开发", "商贸", "环保科技", "物业服务", "食品",
			"交通运输", "医药", "农业开发" };

	private static final String[] STREETS = { "人民路", "解放路", "中山路", "建设路", "和平街", "文化路", "新华路", "长江路" };

	/** A finished case as the portal would have stored it. */
	static final class Case {

		long id;

		int serial;

		String receiptNo;

		RequestStatus status;

		ReplyType replyType;

		List<WithholdingReason> reasons = List.of();

		String replyNote;

		String applicantUser;

		ApplicantType applicantType;

		IdType idType;

		String idNumber;

		String applicantName;

		String legalRepresentative;

		String contactPerson;

		String phone;

		String email;

		String address;

		String postcode;

		String title;

		String description;

		DeliveryForm deliveryForm;

		DeliveryMethod deliveryMethod;

		boolean accessibilityNeeds;

		String departmentCode;

		ApplicationChannel channel;

		String registeredBy;

		Instant submittedAt;

		LocalDate receivedOn;

		LocalDate dueOn;

		boolean dueProvisional;

		LocalDate originalDueOn;

		int extensionWorkingDays;

		String extensionReason;

		boolean supplementRequested;

		String supplementNote;

		LocalDate supplementDueOn;

		String feeMethod;

		Integer feeQuantity;

		BigDecimal feeAmount;

		LocalDate feeDueOn;

		String replyLetterNo;

		Instant repliedAt;

		Instant closedAt;

		ReplyDelivery delivery;

		String trackingNo;

		LocalDate deliveredOn;

		Instant archivedAt;

		Instant updatedAt;

		final List<Event> events = new ArrayList<>();

		final List<Notice> notices = new ArrayList<>();

		Remedy remedy;

		/** When the case was finished (replied, withdrawn or closed). */
		Instant finishedAt() {
			return repliedAt != null ? repliedAt : closedAt;
		}
	}

	record Event(String type, String actor, Instant at, String note) {
	}

	record Notice(NoticeKind kind, String number, LocalDate issuedOn, String issuedBy, String content, LocalDate previousDueOn,
			LocalDate dueOn, BigDecimal feeAmount) {
	}

	record Remedy(RemedyKind kind, LocalDate filedOn, String authority, RemedyOutcome outcome, LocalDate decidedOn) {
	}

	/** A handling department: its code and name. */
	record Department(String code, String name) {
	}

	/** What was written, for the checks against the portal's own figures. */
	record Summary(int year, int requests, long events, long notices, long remedies, Map<RequestStatus, Long> byStatus,
			long receivedInYear, long finishedInYear, long openAtEndOfYear) {
	}

	private final Random random;

	private final int year;

	private final Instant now;

	private final WorkingDayCalendar calendar;

	private final Map<String, Integer> sequences = new java.util.HashMap<>();

	/**
	 * @param year the year the requests are received in (before {@code now}'s)
	 * @param now nothing happens after it (a case received late in December may be finished in January)
	 */
	RequestGenerator(long seed, int year, Instant now, WorkingDayCalendar calendar) {
		if (LocalDate.ofInstant(now, ZONE).getYear() <= year) {
			throw new IllegalArgumentException("the year of the generated requests must be over: " + year);
		}
		this.random = new Random(seed);
		this.year = year;
		this.now = now;
		this.calendar = calendar;
	}

	/** The workflow's calendar as the portal builds it: the published holiday arrangements on its class path. */
	static WorkingDayCalendar calendar() {
		var arrangements = new ArrayList<HolidayArrangement>();
		for (int y = 2000; y <= 2100; y++) {
			try (var json = RequestGenerator.class.getClassLoader().getResourceAsStream("calendar/cn-" + y + ".json")) {
				if (json != null) {
					arrangements.add(HolidayArrangement.read(json));
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return new WorkingDayCalendar(arrangements);
	}

	/** The cases, ordered as received (receipt numbers ascending), ids from {@code firstId}. */
	List<Case> cases(int count, List<Department> departments, long firstId) {
		var workingDays = new ArrayList<LocalDate>();
		for (var day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				workingDays.add(day);
			}
		}
		var received = new ArrayList<LocalDate>(count);
		for (int i = 0; i < count; i++) {
			received.add(workingDays.get(random.nextInt(workingDays.size())));
		}
		received.sort(Comparator.naturalOrder());
		var cases = new ArrayList<Case>(count);
		for (int i = 0; i < count; i++) {
			var c = new Case();
			c.id = firstId + i;
			c.serial = i + 1;
			c.receiptNo = "GK" + year + "-" + String.format("%06d", c.serial);
			c.receivedOn = received.get(i);
			applicant(c);
			content(c, Vocabulary.pick(random, departments));
			handle(c);
			cases.add(c);
		}
		sequences.merge("receipt/" + year, count, Math::max);
		return cases;
	}

	/** The next values of the yearly sequences the cases used ({@code name/year} → next). */
	Map<String, Integer> sequences() {
		var next = new java.util.TreeMap<String, Integer>();
		sequences.forEach((key, used) -> next.put(key, used + 1));
		return next;
	}

	private void applicant(Case c) {
		int r = random.nextInt(100);
		c.applicantType = r < 84 ? ApplicantType.NATURAL_PERSON : r < 92 ? ApplicantType.COMMERCIAL_ENTERPRISE
				: r < 93 ? ApplicantType.RESEARCH_INSTITUTION : r < 94 ? ApplicantType.PUBLIC_WELFARE_ORGANISATION
						: r < 98 ? ApplicantType.LEGAL_SERVICE_ORGANISATION : ApplicantType.OTHER_ORGANISATION;
		var person = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		if (c.applicantType == ApplicantType.NATURAL_PERSON) {
			int d = random.nextInt(200);
			c.idType = d < 194 ? IdType.RESIDENT_ID : d < 196 ? IdType.PASSPORT : d < 198 ? IdType.HK_MACAO_PERMIT
					: d < 199 ? IdType.TAIWAN_PERMIT : IdType.FOREIGN_PERMANENT_RESIDENT;
			c.idNumber = idNumber(c.idType, random);
			c.applicantName = person;
		}
		else {
			c.idType = IdType.CREDIT_CODE;
			c.idNumber = creditCode(c.applicantType, random);
			c.applicantName = organisation(c.applicantType);
			c.legalRepresentative = person;
			c.contactPerson = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		}
		c.phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
		if (random.nextInt(3) > 0) {
			c.email = "user" + (100_000 + random.nextInt(900_000)) + "@example.cn";
		}
		c.address = Vocabulary.pick(random, Vocabulary.DISTRICTS) + STREETS[random.nextInt(STREETS.length)]
				+ (1 + random.nextInt(300)) + "号";
		c.postcode = String.valueOf(100_000 + random.nextInt(800_000));
		c.accessibilityNeeds = random.nextInt(200) == 0;
	}

	private String organisation(ApplicantType type) {
		var district = Vocabulary.pick(random, Vocabulary.DISTRICTS).replaceFirst("[区县]$", "");
		var word = COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)];
		return switch (type) {
			case COMMERCIAL_ENTERPRISE -> district + word + COMPANY_TRADES[random.nextInt(COMPANY_TRADES.length)] + "有限公司";
			case RESEARCH_INSTITUTION -> district + word + "研究院";
			case PUBLIC_WELFARE_ORGANISATION -> district + word + "公益基金会";
			case LEGAL_SERVICE_ORGANISATION -> word + "律师事务所";
			default -> district + word + "业主委员会";
		};
	}

	/** A valid number of the document: check characters computed as GB 11643 and GB 32100 define them. */
	static String idNumber(IdType type, Random random) {
		return switch (type) {
			case RESIDENT_ID -> residentId(random);
			case PASSPORT -> "E" + String.format("%08d", random.nextInt(100_000_000));
			case HK_MACAO_PERMIT -> (random.nextBoolean() ? "H" : "M") + String.format("%08d", random.nextInt(100_000_000));
			case TAIWAN_PERMIT -> String.format("%08d", random.nextInt(100_000_000));
			case FOREIGN_PERMANENT_RESIDENT -> List.of("USA", "GBR", "FRA", "DEU", "JPN", "KOR", "CAN", "AUS").get(random.nextInt(8))
					+ String.format("%06d%06d", random.nextInt(1_000_000), random.nextInt(1_000_000));
			case CREDIT_CODE -> creditCode(ApplicantType.COMMERCIAL_ENTERPRISE, random);
		};
	}

	private static String residentId(Random random) {
		var birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 60));
		var body = AREAS[random.nextInt(AREAS.length)] + birth.toString().replace("-", "")
				+ String.format("%03d", random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	private static String creditCode(ApplicantType type, Random random) {
		var alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		// 登记管理部门 and 机构类别: 91 enterprise, 12 public institution, 53 foundation, 31 law firm, 51 other
		var prefix = switch (type) {
			case RESEARCH_INSTITUTION -> "12";
			case PUBLIC_WELFARE_ORGANISATION -> "53";
			case LEGAL_SERVICE_ORGANISATION -> "31";
			case OTHER_ORGANISATION -> "51";
			default -> "91";
		};
		var body = new StringBuilder(prefix).append(AREAS[random.nextInt(AREAS.length)]);
		for (int i = 0; i < 9; i++) {
			body.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		int[] weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += alphabet.indexOf(body.charAt(i)) * weights[i];
		}
		return body.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
	}

	private void content(Case c, Department department) {
		var area = Vocabulary.pick(random, Vocabulary.AREAS);
		var subject = Vocabulary.pick(random, area.subjects());
		int about = year - random.nextInt(4);
		c.departmentCode = department.code();
		c.title = switch (random.nextInt(5)) {
			case 0 -> about + "年" + subject + "相关信息";
			case 1 -> department.name() + about + "年度" + subject + "资金使用情况";
			case 2 -> "关于" + subject + "的" + Vocabulary.pick(random, Vocabulary.ASPECTS) + "及依据文件";
			case 3 -> Vocabulary.pick(random, Vocabulary.DISTRICTS) + subject + "项目审批信息";
			default -> about + "年" + subject + "工作的" + Vocabulary.pick(random, Vocabulary.ASPECTS);
		};
		c.description = "申请公开" + about + "年度" + subject + "的" + Vocabulary.pick(random, Vocabulary.ASPECTS) + "、"
				+ Vocabulary.pick(random, Vocabulary.ASPECTS) + "及相关依据文件，" + switch (random.nextInt(3)) {
					case 0 -> "用于了解本人权益。";
					case 1 -> "用于维护合法权益。";
					default -> "用于学习研究。";
				};
		c.deliveryForm = random.nextInt(5) == 0 ? DeliveryForm.PAPER : DeliveryForm.ELECTRONIC;
		c.deliveryMethod = c.deliveryForm == DeliveryForm.PAPER
				? (random.nextInt(4) == 0 ? DeliveryMethod.COLLECT : DeliveryMethod.POST)
				: (random.nextInt(3) == 0 ? DeliveryMethod.EMAIL : DeliveryMethod.ONLINE);
		int channel = random.nextInt(100);
		c.channel = channel < 82 ? ApplicationChannel.ONLINE : channel < 90 ? ApplicationChannel.POST
				: channel < 95 ? ApplicationChannel.IN_PERSON : channel < 97 ? ApplicationChannel.LETTER
						: channel < 98 ? ApplicationChannel.FAX : channel < 99 ? ApplicationChannel.EMAIL : ApplicationChannel.ORAL;
		if (c.channel == ApplicationChannel.ONLINE) {
			c.applicantUser = "citizen" + random.nextInt(20_000);
			// filed on the day received, or over the weekend or holiday before it
			var day = c.receivedOn;
			while (random.nextInt(3) == 0 && !calendar.isWorkingDay(day.minusDays(1)) && day.minusDays(1).getYear() == year) {
				day = day.minusDays(1);
			}
			c.submittedAt = at(day, day.equals(c.receivedOn) ? 8 : 0, day.equals(c.receivedOn) ? 10 : 23);
		}
		else {
			c.registeredBy = "editor1";
			c.submittedAt = at(c.receivedOn, 9, 11);
		}
	}

	/** What happened to the case from receipt to its end, with the dates and the log. */
	private void handle(Case c) {
		var staff = "clerk-" + c.departmentCode;
		if (c.channel == ApplicationChannel.ONLINE) {
			c.events.add(new Event("SUBMITTED", c.applicantUser, c.submittedAt, null));
		}
		else {
			c.events.add(new Event("REGISTERED_OFFLINE", c.registeredBy, c.submittedAt, c.channel.label()));
		}
		var receivedAt = later(c.submittedAt, at(c.receivedOn, 9, 12));
		c.events.add(new Event("RECEIVED", "editor1", receivedAt, c.receiptNo));
		var due = calendar.addWorkingDays(c.receivedOn, REPLY_WORKING_DAYS);
		c.dueOn = due.due();
		c.dueProvisional = due.provisional();
		var assignedOn = workingDay(c.receivedOn, random.nextInt(2));
		c.events.add(new Event("ASSIGNED", "editor1", later(receivedAt, at(assignedOn, 9, 17)), c.departmentCode));
		int outcome = random.nextInt(1000);
		if (outcome < 55) {
			// the applicant withdraws before the reply (其他处理 3)
			c.status = RequestStatus.WITHDRAWN;
			c.replyType = ReplyType.OTHER;
			c.closedAt = cap(at(workingDay(c.receivedOn, 1 + random.nextInt(15)), 8, 20));
			c.events.add(new Event("WITHDRAWN", c.applicantUser == null ? "editor1" : c.applicantUser, c.closedAt, null));
		}
		else if (outcome < 85) {
			// art. 30: asked to supplement, never did (其他处理 1)
			var asked = workingDay(c.receivedOn, 1 + random.nextInt(5));
			c.supplementRequested = true;
			c.supplementNote = "请补充说明所需政府信息的名称、文号或者便于查询的其他特征性描述。";
			c.supplementDueOn = calendar.addWorkingDays(asked, SUPPLEMENT_WORKING_DAYS).due();
			c.notices.add(new Notice(NoticeKind.SUPPLEMENT, number(NoticeKind.SUPPLEMENT, asked.getYear()), asked, staff,
					c.supplementNote, null, c.supplementDueOn, null));
			c.events.add(new Event("SUPPLEMENT_REQUESTED", staff, at(asked, 10, 17), c.supplementNote));
			c.status = RequestStatus.CLOSED;
			c.replyType = ReplyType.ABANDONED_NO_SUPPLEMENT;
			c.closedAt = cap(at(workingDay(c.supplementDueOn, 1), 1, 2));
			c.events.add(new Event("DEEMED_WITHDRAWN", "system", c.closedAt, null));
		}
		else if (outcome < 90) {
			// 国办函〔2020〕109号: a fee notice not paid in time (其他处理 2)
			var issued = workingDay(c.receivedOn, 3 + random.nextInt(8));
			fee(c, issued, staff);
			c.status = RequestStatus.CLOSED;
			c.replyType = ReplyType.ABANDONED_FEE_UNPAID;
			c.closedAt = cap(at(workingDay(c.feeDueOn, 1), 1, 2));
			c.events.add(new Event("FEE_UNPAID", "system", c.closedAt, null));
		}
		else {
			reply(c, staff);
		}
		c.updatedAt = c.events.stream().map(Event::at).max(Comparator.naturalOrder()).orElseThrow();
	}

	private void fee(Case c, LocalDate issued, String staff) {
		c.feeMethod = "QUANTITY";
		c.feeQuantity = 31 + random.nextInt(300);
		c.feeAmount = BigDecimal.valueOf(c.feeQuantity <= 100 ? 100 : 100 + (c.feeQuantity - 100) * 2L).setScale(2);
		c.feeDueOn = calendar.addWorkingDays(issued, FEE_WORKING_DAYS).due();
		c.notices.add(new Notice(NoticeKind.FEE, number(NoticeKind.FEE, issued.getYear()), issued, staff,
				"申请获取的政府信息数量超出合理范围，按件计收信息处理费。", null, c.feeDueOn, c.feeAmount));
		c.events.add(new Event("FEE_NOTICE", staff, at(issued, 10, 17), c.feeAmount + "元"));
	}

	private void reply(Case c, String staff) {
		int r = random.nextInt(1000);
		c.replyType = r < 340 ? ReplyType.DISCLOSE : r < 460 ? ReplyType.ALREADY_PUBLIC : r < 560 ? ReplyType.PARTIAL
				: r < 610 ? ReplyType.WITHHOLD : r < 625 ? ReplyType.ADMIN_QUERY : r < 805 ? ReplyType.NOT_HELD
						: r < 845 ? ReplyType.NOT_RESPONSIBLE : r < 875 ? ReplyType.NEEDS_CREATION
								: r < 885 ? ReplyType.STILL_UNCLEAR : r < 925 ? ReplyType.PETITION
										: r < 960 ? ReplyType.DUPLICATE : r < 970 ? ReplyType.PUBLICATION
												: r < 975 ? ReplyType.MASS_REPEATED : ReplyType.CONFIRM_REISSUE;
		if (c.replyType.needsReason()) {
			var reasons = new java.util.TreeSet<WithholdingReason>();
			int n = 1 + (random.nextInt(4) == 0 ? 1 : 0);
			while (reasons.size() < n) {
				// 行政查询事项 has its own reply type
				reasons.add(WithholdingReason.values()[random.nextInt(WithholdingReason.values().length - 1)]);
			}
			c.reasons = List.copyOf(reasons);
		}
		c.replyNote = "经查，" + c.title + "：" + c.replyType.label() + "。";
		int workingDays;
		int e = random.nextInt(1000);
		if (e < 40) {
			// art. 33 ¶2: extended by 20 working days, with the office head's consent
			var extendedOn = workingDay(c.receivedOn, 15 + random.nextInt(4));
			c.originalDueOn = c.dueOn;
			c.extensionWorkingDays = REPLY_WORKING_DAYS;
			c.extensionReason = "申请内容涉及多个部门，需要协调核实，不能在规定期限内答复。";
			var extended = calendar.extend(new Deadline(c.dueOn, c.dueProvisional), REPLY_WORKING_DAYS);
			c.dueOn = extended.due();
			c.dueProvisional = extended.provisional();
			c.notices.add(new Notice(NoticeKind.EXTENSION, number(NoticeKind.EXTENSION, extendedOn.getYear()), extendedOn,
					staff, c.extensionReason, c.originalDueOn, c.dueOn, null));
			c.events.add(new Event("EXTENDED", staff, at(extendedOn, 10, 17), c.extensionReason));
			workingDays = 21 + random.nextInt(19);
		}
		else if (e < 46) {
			// late: replied after the due date (the statistics' overdue replies)
			workingDays = 21 + random.nextInt(5);
		}
		else {
			workingDays = 3 + random.nextInt(8) + random.nextInt(10);
		}
		var repliedOn = workingDay(c.receivedOn, workingDays);
		var proposed = at(workingDay(c.receivedOn, Math.max(1, workingDays - 2)), 9, 17);
		c.events.add(new Event("REPLY_PROPOSED", staff, cap(proposed), c.replyType.label()));
		c.repliedAt = cap(later(proposed, at(repliedOn, 9, 18)));
		int letterYear = LocalDate.ofInstant(c.repliedAt, ZONE).getYear();
		c.replyLetterNo = "〔" + letterYear + "〕第" + String.format("%04d", next("reply-letter", letterYear)) + "号";
		c.events.add(new Event("REPLIED", "head-" + c.departmentCode, c.repliedAt, c.replyType.label() + " " + c.replyLetterNo));
		c.status = RequestStatus.REPLIED;
		// the letter's delivery is recorded within days, then the case is archived (art. 45)
		if (random.nextInt(20) > 0) {
			c.delivery = switch (c.deliveryMethod) {
				case POST -> ReplyDelivery.POST;
				case EMAIL -> ReplyDelivery.EMAIL;
				case COLLECT, READ_ON_SITE -> ReplyDelivery.IN_PERSON;
				case ONLINE -> ReplyDelivery.ONLINE;
			};
			c.trackingNo = c.delivery == ReplyDelivery.POST ? "11" + String.format("%011d", (long) (random.nextDouble() * 1e11)) : null;
			var deliveredOn = LocalDate.ofInstant(c.repliedAt, ZONE).plusDays(c.delivery == ReplyDelivery.POST ? 1 + random.nextInt(4) : 0);
			var recordedAt = later(c.repliedAt, at(deliveredOn, 10, 18));
			if (!recordedAt.isAfter(now)) {
				c.deliveredOn = deliveredOn;
				c.events.add(new Event("DELIVERED", staff, recordedAt, c.delivery.label()
						+ (c.trackingNo == null ? "" : " " + c.trackingNo) + " " + deliveredOn));
				var archivedAt = at(workingDay(deliveredOn, 1 + random.nextInt(8)), 9, 18);
				if (!archivedAt.isAfter(now)) {
					c.status = RequestStatus.ARCHIVED;
					c.archivedAt = archivedAt;
					c.events.add(new Event("ARCHIVED", staff, archivedAt, null));
				}
			}
			else {
				c.delivery = null;
				c.trackingNo = null;
			}
		}
		// a few refusals are challenged (表四): 复议, 诉讼 or a complaint, decided or still pending
		if (c.deliveredOn != null && c.replyType != ReplyType.DISCLOSE && c.replyType != ReplyType.ALREADY_PUBLIC
				&& random.nextInt(100) < 4) {
			int k = random.nextInt(100);
			var kind = k < 60 ? RemedyKind.ADMINISTRATIVE_REVIEW : k < 85 ? RemedyKind.LITIGATION_DIRECT : RemedyKind.COMPLAINT;
			var filed = c.deliveredOn.plusDays(5 + random.nextInt(50));
			if (!at(filed, 10, 11).isAfter(now)) {
				var decided = filed.plusDays(30 + random.nextInt(60));
				int o = random.nextInt(100);
				var outcome = o < 80 ? RemedyOutcome.MAINTAINED : o < 92 ? RemedyOutcome.CORRECTED : RemedyOutcome.OTHER;
				boolean done = !at(decided, 16, 17).isAfter(now) && random.nextInt(5) > 0;
				var authority = switch (kind) {
					case ADMINISTRATIVE_REVIEW -> "市人民政府";
					case LITIGATION_DIRECT, LITIGATION_AFTER_REVIEW -> "区人民法院";
					case COMPLAINT -> "市政务公开办公室";
				};
				c.remedy = new Remedy(kind, filed, authority, done ? outcome : RemedyOutcome.PENDING, done ? decided : null);
				c.events.add(new Event("REMEDY_FILED", "editor1", at(filed, 10, 17), kind.label()));
				if (done) {
					c.events.add(new Event("REMEDY_DECIDED", "editor1", at(decided, 10, 17), outcome.label()));
				}
			}
		}
	}

	private String number(NoticeKind kind, int year) {
		return kind.prefix() + "〔" + year + "〕第" + String.format("%04d", next("notice-" + kind.name(), year)) + "号";
	}

	private int next(String name, int y) {
		return sequences.merge(name + "/" + y, 1, Integer::sum);
	}

	/** The working day {@code n} working days after {@code day} (the workflow's counting); {@code day} itself for 0. */
	private LocalDate workingDay(LocalDate day, int n) {
		return calendar.addWorkingDays(day, n).due();
	}

	/** A random instant on {@code day} between the hours, in the agency's zone. */
	private Instant at(LocalDate day, int fromHour, int toHour) {
		int minutes = fromHour * 60 + random.nextInt(Math.max(1, (toHour - fromHour) * 60));
		return day.atTime(LocalTime.of(minutes / 60, minutes % 60, random.nextInt(60))).atZone(ZONE).toInstant();
	}

	private static Instant later(Instant before, Instant candidate) {
		return candidate.isAfter(before) ? candidate : before.plusSeconds(60);
	}

	/** Nothing happens after {@code now}. */
	private Instant cap(Instant instant) {
		return instant.isAfter(now) ? now.minusSeconds(3600) : instant;
	}

	/** Writes the cases and everything around them; the yearly sequences are moved past the numbers used. */
	Summary write(Connection connection, List<Case> cases) throws SQLException {
		var encryption = new FieldEncryption(new FieldEncryption.Settings(DEMO_ENCRYPTION_KEY));
		connection.setAutoCommit(false);
		long events = 0;
		long notices = 0;
		long remedies = 0;
		try (var requests = connection.prepareStatement(INSERT_REQUEST); var log = connection.prepareStatement(INSERT_EVENT);
				var letters = connection.prepareStatement(INSERT_NOTICE);
				var challenges = connection.prepareStatement(INSERT_REMEDY);
				var words = connection.prepareStatement(INSERT_WORD)) {
			for (int i = 0; i < cases.size(); i++) {
				var c = cases.get(i);
				request(requests, c, encryption);
				for (var word : RegisterWords.of(c.applicantName, c.title)) {
					words.setLong(1, c.id);
					words.setString(2, word);
					words.addBatch();
				}
				for (var event : c.events) {
					log.setLong(1, c.id);
					log.setString(2, event.type());
					log.setString(3, event.actor());
					instant(log, 4, event.at());
					log.setString(5, event.note());
					log.addBatch();
					events++;
				}
				for (var notice : c.notices) {
					letters.setLong(1, c.id);
					letters.setString(2, notice.kind().name());
					letters.setString(3, notice.number());
					letters.setDate(4, Date.valueOf(notice.issuedOn()));
					letters.setString(5, notice.issuedBy());
					letters.setString(6, c.applicantName);
					letters.setString(7, notice.content());
					date(letters, 8, notice.previousDueOn());
					date(letters, 9, notice.dueOn());
					letters.setString(10, notice.feeAmount() == null ? null : c.feeMethod);
					if (notice.feeAmount() == null) {
						letters.setNull(11, Types.INTEGER);
					}
					else {
						letters.setInt(11, c.feeQuantity);
					}
					letters.setBigDecimal(12, notice.feeAmount());
					letters.addBatch();
					notices++;
				}
				if (c.remedy != null) {
					challenges.setLong(1, c.id);
					challenges.setString(2, c.remedy.kind().name());
					challenges.setDate(3, Date.valueOf(c.remedy.filedOn()));
					challenges.setString(4, c.remedy.authority());
					challenges.setString(5, c.remedy.outcome().name());
					date(challenges, 6, c.remedy.decidedOn());
					challenges.setString(7, null);
					challenges.setString(8, "editor1");
					challenges.addBatch();
					remedies++;
				}
				if ((i + 1) % BATCH == 0 || i == cases.size() - 1) {
					requests.executeBatch();
					words.executeBatch();
					log.executeBatch();
					letters.executeBatch();
					challenges.executeBatch();
					connection.commit();
				}
			}
		}
		try (var statement = connection.prepareStatement("insert into yearly_sequence (name, serial_year, next_value) values (?, ?, ?) "
				+ "on duplicate key update next_value = greatest(next_value, values(next_value))")) {
			for (var entry : sequences().entrySet()) {
				var name = entry.getKey().substring(0, entry.getKey().indexOf('/'));
				if (name.startsWith("notice-")) {
					name = sequenceName(NoticeKind.valueOf(name.substring("notice-".length())));
				}
				statement.setString(1, name);
				statement.setInt(2, Integer.parseInt(entry.getKey().substring(entry.getKey().indexOf('/') + 1)));
				statement.setInt(3, entry.getValue());
				statement.addBatch();
			}
			statement.executeBatch();
		}
		connection.commit();
		connection.setAutoCommit(true);
		return summary(cases, events, notices, remedies);
	}

	/** The yearly sequence a notice kind numbers from (package-private in the workflow: read reflectively). */
	private static String sequenceName(NoticeKind kind) {
		try {
			var method = NoticeKind.class.getDeclaredMethod("sequence");
			method.setAccessible(true);
			return (String) method.invoke(kind);
		}
		catch (ReflectiveOperationException e) {
			return "notice-" + kind.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	Summary summary(List<Case> cases, long events, long notices, long remedies) {
		var endOfYear = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
		var startOfYear = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
		Map<RequestStatus, Long> byStatus = cases.stream()
			.collect(Collectors.groupingBy(c -> c.status, () -> new EnumMap<>(RequestStatus.class), Collectors.counting()));
		long received = cases.stream().filter(c -> c.receivedOn.getYear() == year).count();
		long finished = cases.stream()
			.filter(c -> !c.finishedAt().isBefore(startOfYear) && c.finishedAt().isBefore(endOfYear))
			.count();
		long open = cases.stream().filter(c -> !c.finishedAt().isBefore(endOfYear)).count();
		return new Summary(year, cases.size(), events, notices, remedies, byStatus, received, finished, open);
	}

	private static void request(PreparedStatement s, Case c, FieldEncryption encryption) throws SQLException {
		int i = 1;
		s.setLong(i++, c.id);
		s.setString(i++, c.receiptNo);
		s.setString(i++, c.status.name());
		s.setString(i++, c.replyType == null ? null : c.replyType.name());
		s.setString(i++, c.reasons.isEmpty() ? null : c.reasons.stream().map(Enum::name).collect(Collectors.joining(",")));
		s.setString(i++, c.replyNote);
		s.setString(i++, c.applicantUser);
		s.setString(i++, c.applicantType.name());
		s.setString(i++, c.applicantName);
		s.setString(i++, encryption.encrypt(c.idNumber));
		s.setString(i++, mask(c.idNumber));
		s.setString(i++, c.legalRepresentative);
		s.setString(i++, c.contactPerson);
		s.setString(i++, c.phone);
		s.setString(i++, c.email);
		s.setString(i++, c.address);
		s.setString(i++, c.postcode);
		s.setString(i++, c.title);
		s.setString(i++, c.description);
		s.setString(i++, c.deliveryForm.name());
		s.setString(i++, c.deliveryMethod.name());
		s.setBoolean(i++, c.accessibilityNeeds);
		s.setString(i++, c.departmentCode);
		instant(s, i++, c.submittedAt);
		date(s, i++, c.receivedOn);
		date(s, i++, c.dueOn);
		s.setBoolean(i++, c.dueProvisional);
		s.setBoolean(i++, c.supplementRequested);
		s.setString(i++, c.supplementNote);
		date(s, i++, c.supplementDueOn);
		instant(s, i++, c.repliedAt);
		instant(s, i++, c.closedAt);
		instant(s, i++, c.updatedAt);
		date(s, i++, c.originalDueOn);
		s.setString(i++, c.extensionReason);
		s.setInt(i++, c.extensionWorkingDays);
		s.setString(i++, c.feeMethod);
		if (c.feeQuantity == null) {
			s.setNull(i++, Types.INTEGER);
		}
		else {
			s.setInt(i++, c.feeQuantity);
		}
		s.setBigDecimal(i++, c.feeAmount);
		date(s, i++, c.feeDueOn);
		s.setString(i++, c.replyLetterNo);
		s.setString(i++, c.delivery == null ? null : c.delivery.name());
		s.setString(i++, c.trackingNo);
		date(s, i++, c.deliveredOn);
		instant(s, i++, c.archivedAt);
		s.setString(i++, c.channel.name());
		s.setString(i++, c.registeredBy);
		s.setString(i++, c.idType.name());
		s.addBatch();
	}

	/** As the portal masks identity numbers: the first four and last four characters kept. */
	static String mask(String number) {
		if (number == null || number.length() <= 8) {
			return "********";
		}
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

	private static void instant(PreparedStatement s, int index, Instant value) throws SQLException {
		if (value == null) {
			s.setNull(index, Types.TIMESTAMP);
		}
		else {
			s.setTimestamp(index, Timestamp.from(value), UTC);
		}
	}

	private static void date(PreparedStatement s, int index, LocalDate value) throws SQLException {
		if (value == null) {
			s.setNull(index, Types.DATE);
		}
		else {
			s.setDate(index, Date.valueOf(value));
		}
	}

	/** The departments that handle requests: every agency of the database but the government's root. */
	static List<Department> departments(Connection connection) throws SQLException {
		var departments = new ArrayList<Department>();
		try (var statement = connection.createStatement(); var rows = statement
			.executeQuery("select code, name from department where kind <> 'GOVERNMENT' order by code")) {
			while (rows.next()) {
				departments.add(new Department(rows.getString(1), rows.getString(2)));
			}
		}
		if (departments.isEmpty()) {
			throw new IllegalStateException("no agencies in the database: the portal's demo data did not load");
		}
		return departments;
	}

	static long nextId(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from disclosure_request")) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
