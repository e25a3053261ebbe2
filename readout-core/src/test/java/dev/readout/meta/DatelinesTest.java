package dev.readout.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "BEIJING, Feb. 4 (Xinhua) -- China and Russia said | Beijing | --02-04 | Xinhua | China and Russia said",
        "DUSHANBE, Sept. 16 (Xinhua) -- Chinese State Councilor | Dushanbe | --09-16 | Xinhua | Chinese State Councilor",
        "BEIJING - China and Russia said Thursday | Beijing | - | - | China and Russia said Thursday",
        "WASHINGTON, March 3 - The U.S. Agriculture Department | Washington | --03-03 | - | The U.S. Agriculture Department",
        "SAN BERNARDINO, Calif., March 3 - Shares of | San Bernardino | --03-03 | - | Shares of",
        "FORT COLLINS, Colo., MArch 3 - Winter wheat | Fort Collins | --03-03 | - | Winter wheat",
        "UNITED NATIONS (AP) — The Security Council voted | United Nations | - | AP | The Security Council voted",
        "ST. LOUIS, Feb 26 - Monsanto said | St. Louis | --02-26 | - | Monsanto said",
        "新华社北京4月24日电 国家主席习近平 | 北京 | --04-24 | 新华社 | 国家主席习近平",
      })
  void readsWireDatelines(String text, String place, String day, String agency, String rest) {
    Datelines.Found f = Datelines.find(text).orElseThrow();
    assertThat(f.place()).isEqualTo(place);
    assertThat(f.day().map(Object::toString).orElse(null)).isEqualTo(day);
    assertThat(f.agency().orElse(null)).isEqualTo(agency);
    assertThat(text.substring(f.end())).isEqualTo(rest);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "China and Russia said Thursday that the principle",
        "ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>",
        "BROWN-FORMAN INC <BFD> 4TH QTR NET",
        "Wang - a veteran diplomat - said",
        "NOTE: Results include adjustment",
      })
  void ignoresWhatIsNotADateline(String text) {
    assertThat(Datelines.find(text)).isEmpty();
  }
}
