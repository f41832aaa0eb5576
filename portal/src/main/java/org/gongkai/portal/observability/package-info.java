/**
 * What an operator watches: business gauges for Prometheus, the request id and user in every log line,
 * and the health groups a load balancer and Kubernetes probe.
 */
package org.gongkai.portal.observability;
