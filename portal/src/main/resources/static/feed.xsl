<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows the Atom feed (/catalogue/feed.atom) in a browser as a page; feed readers ignore it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom"
		exclude-result-prefixes="atom">
	<xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat"/>
	<xsl:template match="/atom:feed">
		<html lang="zh-CN">
			<head>
				<meta charset="UTF-8"/>
				<meta name="viewport" content="width=device-width, initial-scale=1"/>
				<title><xsl:value-of select="atom:title"/></title>
				<link rel="stylesheet" href="/css/gongkai.css"/>
			</head>
			<body>
				<main id="main" class="wrap">
					<h1><xsl:value-of select="atom:title"/></h1>
					<p class="notice">这是本平台最新公开信息的订阅源（Atom）。将本页地址复制到阅读器中即可订阅，有新公开的信息时阅读器会提示您。</p>
					<p><a href="{atom:link[@rel='alternate']/@href}">浏览全部公开信息</a> · <a href="/">返回首页</a></p>
					<h2>最新公开</h2>
					<ol class="item-list">
						<xsl:for-each select="atom:entry">
							<li>
								<a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
								<span class="meta">
									<xsl:value-of select="atom:author/atom:name"/>
									<xsl:text> · 发布日期 </xsl:text>
									<time datetime="{atom:published}"><xsl:value-of select="substring(atom:published, 1, 10)"/></time>
								</span>
							</li>
						</xsl:for-each>
					</ol>
				</main>
			</body>
		</html>
	</xsl:template>
</xsl:stylesheet>
