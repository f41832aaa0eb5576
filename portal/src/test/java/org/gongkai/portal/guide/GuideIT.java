package org.gongkai.portal.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.gongkai.portal.PageSession;
import org.gongkai.portal.PortalIT;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.portal.system.SiteIdentity;
import org.gongkai.workflow.organisation.DisclosureOffices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 政府信息公开指南 are generated from what is configured: the government's from the site identity and its
 * general office's data, an agency's from its own office; a change to an office's data shows in the next
 * guide with its 更新日期, and on {@code /apply} and the agency's sub-site, which read the same offices. The catalogue
 * columns show their 公开主体 and 公开时限.
 */
class GuideIT extends PortalIT {

	@Autowired
	SiteIdentity site;

	@Autowired
	DisclosureOffices offices;

	@Autowired
	AgencyProperties agency;

	@Test
	void governmentGuideIsPublicAndBuiltFromTheConfiguration() {
		var guide = get("/guide", null);
		assertThat(guide.status()).isEqualTo(200);
		var office = offices.findById("bgs").orElseThrow().contact();
		assertThat(guide.text()).contains(site.government() + "政府信息公开指南", office.name(), office.address(),
				office.officeHours(), office.phone(), office.fax(), office.email(), "市档案馆政府公开信息查阅中心",
				// the columns actually configured, with their duty
				"政府信息公开指南", "行政规范性文件", "规范性文件制定机关", "所解读的政策文件公开之日起3个工作日内",
				// the procedure with the periods of gongkai.workflow.request, the fees and the remedies
				"自收到申请之日起20个工作日内予以答复", "延长的期限最长不得超过20个工作日", "7个工作日内一次性告知",
				"11—30件", "上一级人民政府", "6个月内依法提起行政诉讼", "href=\"" + agency.publicUrl() + "/apply\"", "更新日期：")
			.doesNotContain("尚未登记");
		assertThat(get("/guide?lang=en", null).text()).contains("Government information disclosure guide of");
	}

	@Test
	void agencyGuideShowsItsOfficeAndFollowsAChange() {
		var page = PageSession.signIn(url(""), "admin", "/admin/disclosure-offices/jyj");
		var phone = "010-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		var form = "_csrf=" + encode(page.csrf()) + "&name=" + encode("市教育局政务公开办公室") + "&address="
				+ encode("某某市文化路20号") + "&postcode=000002&officeHours=" + encode("工作日9:00—17:00") + "&phone="
				+ phone + "&fax=&email=jyj%40example.gov.cn&onlineChannel=&readingPlaces=" + encode("市教育局一楼查阅室")
				+ "&reviewAuthority=&complaintAuthority=";
		var saved = page.postForm("/admin/disclosure-offices/jyj", form);
		assertThat(saved.statusCode()).isEqualTo(302);

		var guide = get("/agencies/jyj/guide", null);
		assertThat(guide.status()).isEqualTo(200);
		var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(guide.text()).contains("市教育局政府信息公开指南", "市教育局政务公开办公室", phone, "市教育局一楼查阅室",
				"更新日期：" + today, "href=\"" + agency.publicUrl() + "/apply?agency=jyj\"",
				// a department's review goes to its government, complaints to the general office
				"依法向" + site.government() + "申请行政复议", "可以向市人民政府办公室投诉");

		// the one source: the 依申请公开 page and the agency's sub-site show the same office at once
		assertThat(get("/apply?agency=jyj", null).text()).contains("市教育局政务公开办公室", "电话：" + phone, "某某市文化路20号");
		assertThat(get("/apply", null).text()).as("in the list of offices").contains("市教育局政务公开办公室", phone);
		assertThat(get("/agencies/jyj", null).text()).contains("市教育局政务公开办公室", phone, "工作日9:00—17:00");
		assertThat(page.get("/admin/disclosure-offices").body()).as("the agencies of the tree, the district's included")
			.contains("href=\"/admin/disclosure-offices/dcq-jyj\"", "东城区人民政府");

		// a required field left empty is refused on the page, and nothing changes
		var refused = page.postForm("/admin/disclosure-offices/jyj", form.replace("&phone=" + phone, "&phone="));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("field-error");
		assertThat(get("/agencies/jyj/guide", null).text()).contains(phone);
		assertThat(get("/apply?agency=jyj", null).text()).contains(phone);

		// the general office's own guide sends complaints one level up
		assertThat(get("/agencies/bgs/guide", null).text()).contains("市人民政府办公室政府信息公开指南",
				"可以向上一级行政机关或者政府信息公开工作主管部门投诉");

		// only the administrator keeps the offices
		var clerk = PageSession.signIn(url(""), "clerk1");
		assertThat(clerk.get("/admin/disclosure-offices").statusCode()).isEqualTo(403);
	}

	@Test
	void unknownAgencyIsTheChinese404() {
		var missing = send(request("/agencies/no-such-agency/guide", null).header("Accept", "text/html"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.text()).contains("页面不存在");
	}

	@Test
	void columnsShowWhoPublishesAndByWhen() {
		var list = get("/catalogue/columns", null);
		assertThat(list.text()).contains("公开主体：规章制定机关", "公开时限：信息形成或者变更之日起20个工作日内",
				"公开时限：部门每年1月31日前");
		var column = get("/catalogue/columns/normative", null);
		assertThat(column.text()).contains("id=\"column-duty\"", "规范性文件制定机关（《条例》第二十条第（一）项）",
				"信息形成或者变更之日起20个工作日内（《条例》第二十六条）");
		// the 指南 column leads to the generated guides of the government and of every agency
		var guides = get("/catalogue/columns/guide", null);
		assertThat(guides.text()).contains("href=\"/guide\"", "href=\"/agencies/jyj/guide\"", "href=\"/agencies/fgw/guide\"");
		assertThat(get("/", null).text()).contains("id=\"home-guide\"", "href=\"/site-errors/new\"");
		assertThat(get("/sitemap", null).text()).contains("href=\"/guide\"");
	}
}
