package org.gongkai.portal.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gongkai.workflow.organisation.DisclosureOffice;
import org.gongkai.workflow.organisation.DisclosureOffices;
import org.gongkai.workflow.organisation.Department;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Registers a demo 政府信息公开工作机构 (演示) for each demo department that has none yet, so that every
 * generated guide, the 依申请公开 page and every sub-site show contacts, the district included; the general
 * office's is the government's. Runs only with
 * {@code gongkai.demo.enabled=true}; an office the administrator changed stays as it is.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
class DemoDisclosureOffices implements ApplicationRunner {

	private final DisclosureOffices offices;

	private final Clock clock;

	DemoDisclosureOffices(DisclosureOffices offices, Clock clock) {
		this.offices = offices;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var now = clock.instant();
		Stream.of(DemoData.DEPARTMENTS, DemoData.DISTRICT, CatalogueItemGenerator.departments())
			.flatMap(List::stream)
			.filter(d -> !offices.existsById(d.getCode()))
			.collect(Collectors.toMap(Department::getCode, d -> d, (a, b) -> a, LinkedHashMap::new))
			.values()
			.forEach(d -> offices.save(new DisclosureOffice(d.getCode(), contact(d), now)));
	}

	/** Demo values, marked 演示 where a visitor could mistake them for real ones. */
	static DisclosureOffice.Contact contact(Department agency) {
		var code = agency.getCode();
		int n = Math.floorMod(code.hashCode(), 90) + 10;
		return switch (code) {
			case "bgs" -> new DisclosureOffice.Contact("市人民政府办公室政务公开科（演示）", "某某市某某区人民路1号市政府大楼一层政务公开受理窗口（演示）",
					"000000", "工作日上午9:00—12:00，下午13:30—17:00（法定节假日除外）", "010-00000001", "010-00000002",
					"gongkai@example.gov.cn", null, "市政务服务中心政府信息查阅点（演示）\n市档案馆政府公开信息查阅中心（演示）\n市图书馆政府信息公开查阅点（演示）",
					null, null);
			case "fgw" -> new DisclosureOffice.Contact("市发展和改革委员会办公室（演示）", "某某市某某区建设路8号（演示）", "000001",
					"工作日上午9:00—12:00，下午13:30—17:00", "010-00000011", "010-00000012", "fgw@example.gov.cn", null,
					"市发展和改革委员会一楼信息查阅室（演示）", null, null);
			case "jyj" -> new DisclosureOffice.Contact("市教育局办公室（演示）", "某某市某某区文化路20号（演示）", "000002",
					"工作日上午8:30—12:00，下午14:00—17:30", "010-00000021", null, "jyj@example.gov.cn", null, null, null, null);
			case "dcq" -> new DisclosureOffice.Contact("东城区人民政府办公室政务公开科（演示）", "某某市东城区东城大街1号（演示）", "000010",
					"工作日上午9:00—12:00，下午13:30—17:00（法定节假日除外）", "010-00000041", "010-00000042",
					"dcq@example.gov.cn", null, "东城区政务服务中心政府信息查阅点（演示）", null, null);
			default -> new DisclosureOffice.Contact(agency.getName() + "办公室（演示）", "某某市某某区政务大道" + n + "号（演示）", "000003",
					"工作日上午9:00—12:00，下午13:30—17:00", "010-000000" + n, null, code + "@example.gov.cn", null, null,
					null, null);
		};
	}
}
