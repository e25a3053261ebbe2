package dev.readout.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostsTest {

  @Test
  void theRegistrableDomainComesFromThePublicSuffixList() {
    assertThat(Hosts.registrableDomain("edition.cnn.com")).contains("cnn.com");
    assertThat(Hosts.registrableDomain("news.bbc.co.uk")).contains("bbc.co.uk");
    assertThat(Hosts.registrableDomain("WWW.ChinaDaily.com.cn.")).contains("chinadaily.com.cn");
    assertThat(Hosts.registrableDomain("localhost")).isEmpty();
    assertThat(Hosts.registrableDomain("127.0.0.1")).isEmpty();
    assertThat(Hosts.registrableDomain("")).isEmpty();
  }

  @Test
  void theSiteLabelIsTheNameBeforeTheSuffix() {
    assertThat(Hosts.siteLabel("edition.cnn.com")).isEqualTo("cnn");
    assertThat(Hosts.siteLabel("www.bbc.co.uk")).isEqualTo("bbc");
    assertThat(Hosts.siteLabel("politics.people.com.cn")).isEqualTo("people");
    assertThat(Hosts.siteLabel("www.intranet")).isEqualTo("intranet");
  }

  @Test
  void countryCodeDomainsNameTheirCountry() {
    assertThat(Hosts.country("www.chinadaily.com.cn")).contains("CN");
    assertThat(Hosts.country("news.bbc.co.uk")).contains("GB");
    assertThat(Hosts.country("edition.cnn.com")).isEmpty();
    assertThat(Hosts.country("europa.eu")).isEmpty();
    assertThat(Hosts.country("localhost")).isEmpty();
  }
}
