"""holdout220 — ten blind, ORDINARY draft contracts (h220z01–z05 Chinese, h220e01–e05 English) and their labels.

Run: /work/main/.venv/bin/python make_files.py (from any directory). It
- writes the .txt / .md contracts from the sources below and builds the .docx / .pdf through ../word_pdf.py
  (write(..., wrap_words=True); the .docx price tables are real Word tables);
- asserts every price sum, every payment sum and every stated instalment amount;
- re-applies the policy §3 / §4 rules (my reading, see NOTES.md) to the planned labels and asserts that the result
  equals the planned rule list and risk level;
- writes the .json labels (holdout18/19 format: same keys, key order, one-space indent, no trailing newline);
- reads every built file back (python-docx paragraphs + tables, pypdf), checks the text lengths and that every
  labelled figure appears in the text, and fails if any threshold regex matches (the regexes are self-tested first).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# h220z01 — 省医疗保障局 医保基金智能监管平台, 政府采购 公开招标, buyer's paper, compliant (.docx, Word price table)
# ----------------------------------------------------------------------------------------------------------------
H220Z01 = """
T:河西省医疗保障基金智能监管平台建设项目政府采购合同
P:合同编号：HXYB-ZC-2025-031　　项目编号：HXZC2025-G0417（公开招标）
P:采购人（甲方）：河西省医疗保障局，住所：河西省金城市滨河东路88号，联系部门：基金监管处
P:供应商（乙方）：杭州衡鉴数据科技有限公司，住所：浙江省杭州市西湖区文三路259号，联系部门：政务事业部
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方本着平等自愿、诚实信用的原则，就河西省医疗保障基金智能监管平台建设项目（以下简称"本项目"）订立本合同。本合同条款及附件、中标通知书、招标文件、投标文件及澄清承诺共同构成本合同；各文件内容不一致时，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设全省统一的医疗保障基金智能监管平台（以下简称"平台"），部署于河西省政务云，覆盖省本级及14个统筹地区，支持事前提醒、事中审核、事后监管的全流程智能监管，并向全省约2,600家定点医药机构推送审核结果。
P:1.2 本项目内容包括：智能监管规则引擎软件许可（省级部署、永久使用）；医保知识库及规则库许可（首批规则不少于1,800条）；疑点筛查模型、现场检查移动端及与省医保信息平台、定点医药机构接口的定制开发；近三年历史结算数据的治理与迁移；系统部署联调；面向省、市两级监管人员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾玖万陆仟元整（¥3,296,000），为固定总价，已包含软件许可、定制开发、数据迁移、部署联调、培训、税费以及质保期内的全部服务费用，甲方不再另行支付其他任何费用。
P:2.2 分项价格如下表：
TB:序号|项目|金额（元）
TB:1|智能监管规则引擎软件许可（省级部署，永久使用）|1,260,000
TB:2|医保知识库及规则库许可|380,000
TB:—|软件许可小计|1,640,000
TB:3|定制开发（疑点筛查模型、现场检查移动端、接口）|1,146,000
TB:4|历史结算数据治理与迁移|274,000
TB:5|部署联调|198,000
TB:6|培训（省、市两级监管人员）|38,000
TB:—|合同总价|3,296,000
H:第三条 付款方式
P:3.1 合同签订且乙方向甲方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币659,200元。
P:3.2 平台通过初步验收并上线试运行后15个工作日内，甲方支付合同总价的45%，即人民币1,483,200元。
P:3.3 平台通过最终验收、乙方移交全部源代码及文档后15个工作日内，甲方支付合同总价的35%，即人民币1,153,600元。
P:3.4 乙方每次请款前应开具等额增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 实施与交付
P:4.1 乙方应在合同签订后150日内完成平台部署、数据迁移和接口联调，并书面提请初步验收。
P:4.2 乙方应派驻不少于8名实施人员，项目经理须与投标文件一致，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（一）采购需求所列功能逐项测试通过；（二）首批规则上线不少于1,800条，甲方随机抽取300条规则，命中结果与人工复核的一致率不低于98%；（三）在2,000个并发用户下，页面平均响应时间不超过2秒；（四）与省医保信息平台的接口连续10日无数据丢失；（五）历史结算数据迁移后记录数、金额合计与源库逐月核对一致。
P:5.2 初步验收后平台进入90日试运行。试运行期间无一级故障，且平台通过第三方网络安全等级测评和商用密码应用安全性评估后，甲方组织最终验收，并由验收小组出具书面验收报告。
P:5.3 平台上线、试运行、甲方使用任何功能或支付任何款项，均不视为最终验收通过；未经甲方书面确认，不发生验收效力。验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台核心服务（规则审核、疑点推送、接口服务）月度可用率不低于99.95%。计划内维护须提前3个工作日经甲方书面同意，且安排在夜间进行，不计入不可用时间。
P:6.2 故障分为三级。一级故障（平台整体不可用或审核结果批量错误）：乙方15分钟内响应，2小时内恢复；二级故障（部分功能或单个统筹地区不可用）：30分钟内响应，8小时内恢复；三级故障（不影响业务的一般问题）：2个工作日内解决。
P:6.3 乙方未按时响应或恢复的，每超时1小时扣减人民币2,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币3,000元。扣减款项由甲方从应付款项或履约保证金中扣除。
H:第七条 质量保证与维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供缺陷修复、版本升级、规则库季度更新及7×24小时技术支持。
P:7.2 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可小计的10%，即每年不超过人民币164,000元；质保期满后前两个年度按此标准执行，不得上调，此后的价格由双方书面协商确定。维护合同须另行签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的疑点筛查模型、移动端程序、接口程序及其源代码、技术文档，知识产权归甲方所有。乙方应在最终验收时完整移交源代码，甲方可自行或委托第三方使用、修改和部署。
P:8.2 规则引擎等乙方原有产品的知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。乙方保证其交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 本项目涉及的参保人员信息、医保结算数据、审核结果及平台日志均属于甲方。乙方仅为履行本合同接触上述数据，不得用于任何其他目的，不得留存、复制或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求；实施和运维工作一律在政务云内通过堡垒机进行，测试使用甲方提供的脱敏数据，禁止将任何数据导出至政务云以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、监管规则、稽核线索及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 履约保证金
P:11.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，即人民币164,800元。最终验收合格后15个工作日内，甲方无息退还。
H:第十二条 违约责任
P:12.1 乙方逾期提请初步验收或逾期完成最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付成果不符合合同约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
P:12.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条 分包与转让
P:13.1 乙方投标文件未载明分包，乙方不得将本项目全部或部分分包或转包给任何第三方，也不得转让本合同项下的权利义务。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿由此造成的损失。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效，并按规定报同级财政部门备案。
P:甲方（盖章）：河西省医疗保障局　　　　乙方（盖章）：杭州衡鉴数据科技有限公司
P:法定代表人或授权代表：__________　　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日　　　　签订地点：河西省金城市
"""

# ----------------------------------------------------------------------------------------------------------------
# h220z02 — 锂电池厂 极片涂布 在线面密度测量系统 + 质保期满后维保 (.md, 一、/（一） numbering)
# ----------------------------------------------------------------------------------------------------------------
H220Z02 = """# 极片涂布在线面密度测量系统采购及维保合同

合同编号：YCLY-SB-2025-0612

买方（甲方）：宜春锂源新能源科技有限公司
住所：江西省宜春市袁州区锂电新能源产业园纬三路6号

卖方（乙方）：苏州测微智能装备有限公司
住所：江苏省苏州市工业园区星湖街218号

甲方二期电芯项目新建6条正负极涂布线，需配置在线面密度测量系统；乙方为该类设备的制造商。双方经平等协商，就设备供货、安装调试及维保服务达成如下合同。

## 一、标的与价格

（一）设备、软件及服务清单：

| 序号 | 名称 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | X射线在线面密度测量系统（双探头扫描架，含测控软件许可） | 6套 | 528,000 | 3,168,000 |
| 2 | 离线面密度称重校准台 | 2台 | 86,000 | 172,000 |
| 3 | 数据采集服务器及SPC分析软件许可 | 1套 | 246,000 | 246,000 |
| | 设备及软件小计 | | | 3,586,000 |
| 4 | 安装调试及与涂布机闭环控制对接 | 1项 | 214,000 | 214,000 |
| 5 | 辐射安全评价配合及操作培训 | 1项 | 48,000 | 48,000 |
| | 合同总价 | | | 3,848,000 |

（二）合同总价为人民币叁佰捌拾肆万捌仟元整（¥3,848,000），含13%增值税、包装、运输、保险、安装调试、培训及质保期内的全部服务。

## 二、技术要求

（一）测量系统适用于正极、负极双面涂布，扫描宽度覆盖1,400 mm幅宽，面密度测量重复性（2σ）不大于±0.25 g/m²，单次全幅扫描时间不超过8秒。

（二）系统与甲方涂布机PLC实现面密度闭环控制，可按横向分区自动调节模头间隙；SPC软件可实时生成面密度分布图、CPK报表和超限报警。

（三）设备的辐射防护应满足国家标准，乙方负责提供辐射安全许可申领所需的全部技术资料。

（四）每套测量系统配置独立的操作站，界面为中文，操作权限分为操作员、工艺员和管理员三级；系统应保存不少于两年的原始扫描数据，并可按卷号、批次追溯。

（五）设备设计寿命不低于十年，乙方承诺在设备停产后继续供应备品备件不少于八年。

（六）乙方交货时应随设备提供中文操作手册、维护手册、电气图纸、标定规程、出厂检验报告和合格证，上述资料不全的视为交货不完整。

## 三、交货、安装与验收

（一）乙方应在合同生效后75日内将全部设备分两批交付至甲方二期厂房，到货后14日内完成安装调试。到货签收仅确认数量和外观，不视为质量验收。

（二）终验标准：1. 使用标准样片比对，在线测量值与离线称重值偏差不超过±0.5 g/m²；2. 重复性达到第二条第（一）项指标；3. 闭环控制投运后，面密度过程能力指数CPK不低于1.33；4. 连续30日稳定运行且无一级故障；5. 经具备资质的机构检测，设备表面外30 cm处剂量率不超过2.5 μSv/h。

（三）终验合格后双方签署终验证书。设备投入生产使用、甲方支付款项均不视为终验合格。终验不合格的，乙方应在15日内整改或更换，并重新组织终验。

（四）设备在终验合格前的毁损、灭失风险由乙方承担；乙方应为运输和安装期间的设备办理保险。

（五）乙方应为甲方工艺、设备和质量人员提供不少于三期的现场培训，培训结束后甲方人员应能独立完成日常标定、样片比对和一般故障的处理。

## 四、付款

（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币769,600元；

（二）全部设备到货签收后，支付合同总价的35%，即人民币1,346,800元；

（三）终验合格后，支付合同总价的35%，即人民币1,346,800元；

（四）其余10%即人民币384,800元作为质量保证金，质保期满且无未决质量问题后无息支付。

## 五、质量保证

（一）质保期为十八个月，自终验合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换，包括X射线管、探测器等核心部件。

（二）故障响应：一级故障（测量系统停止输出导致涂布线停线，或闭环控制失效）：乙方1小时内远程响应，8小时内派工程师到场，24小时内恢复；二级故障（单项功能异常）：2小时内响应，48小时内解决。

（三）乙方未按上述时限到场或恢复的，每超时1小时向甲方支付违约金人民币1,500元。

（四）质保期内，乙方每季度进行一次巡检和标定，并在巡检后3个工作日内出具书面报告；更换下来的X射线管、探测器由乙方负责回收和合规处置，费用由乙方承担。

## 六、质保期满后的维保服务

（一）质保期满后，乙方提供年度维保服务，内容包括每季度标定、X射线管及探测器的损耗更换、备品备件、软件升级和驻厂工程师巡检。

（二）年度维保费为设备及软件小计的26%，即每年人民币932,360元，在每个维保年度开始后30日内支付。该费用标准自质保期满之日起三年半内固定不变。

（三）维保服务按年度签署确认书，不自动续期；双方未书面确认的，维保服务不延续。

## 七、数据与网络安全

（一）系统产生的面密度数据、工艺参数、配方及质量报表均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。

（二）乙方远程诊断须经甲方逐次书面批准，经甲方VPN和堡垒机接入并全程录屏；设备接入甲方工业网络前须通过甲方安全检查，乙方不得设置任何未经披露的远程通道。

（三）发生数据泄露、被篡改等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。

## 八、保密

双方对在合同订立和履行中知悉的对方技术资料、经营信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的电芯设计、涂布工艺参数属于甲方商业秘密。本条在合同终止后继续有效。

## 九、知识产权

乙方为本项目定制的闭环控制接口程序、报表模板及其源代码归甲方所有，甲方可自行修改和使用。设备内嵌软件及SPC软件的知识产权归乙方，甲方获得随设备永久使用的许可。

## 十、违约责任

（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。

（二）乙方交付的设备不符合第二条技术要求，经整改后仍不合格的，甲方有权退货，乙方应退还已收取的全部款项并赔偿甲方因此遭受的停线等损失。

（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

## 十一、分包

乙方不得将安装调试工作分包。辐射防护检测确需委托第三方机构的，须事先取得甲方书面同意。

## 十二、合同解除

乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

## 十三、不可抗力

因不可抗力不能履行合同的，受影响一方应在事件发生后5日内书面通知对方并提供证明，在受影响范围内免除责任。

## 十四、争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交宜春仲裁委员会仲裁。

## 十五、其他

本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：宜春锂源新能源科技有限公司　　　乙方（盖章）：苏州测微智能装备有限公司

授权代表：__________　　　　授权代表：__________

日期：2025年　月　日"""

# ----------------------------------------------------------------------------------------------------------------
# h220z03 — 美发连锁 (55 家门店) 预约与会员 SaaS + 实施, supplier's paper (.txt, 1 / 1.1 numbering)
# ----------------------------------------------------------------------------------------------------------------
H220Z03 = """约美云门店管理系统SaaS服务合同

合同编号：YMY-KA-2025-0855

甲方（客户）：上海剪艺美发连锁管理有限公司
住所：上海市静安区江场三路126号
乙方（服务商）：杭州约美云科技有限公司
住所：浙江省杭州市滨江区长河路590号

甲方经营55家直营美发门店，拟以乙方"约美云"平台替换现有收银及会员系统。乙方是该平台的开发和运营方。双方经协商一致，订立本合同。

1 服务内容
1.1 乙方通过约美云平台以软件即服务（SaaS）方式向甲方提供：线上预约（微信小程序及门店平板端）、会员管理（储值卡、次卡、积分、等级权益）、收银与日结、发型师排班及业绩提成、营销活动、总部经营报表。
1.2 实施服务包括：从甲方现有系统迁移会员资料、储值余额及次卡剩余次数；55家门店的收银设备调试和上线培训；按甲方品牌形象配置小程序页面、会员卡面及营销活动模板。
1.3 服务期为二十四个月，自2025年9月1日起至2027年8月31日止。
1.4 门店数量在服务期内增加的，新增门店按第2.1条的门店单价按月折算计费；门店关闭的，自次月起停止计费。

2 费用与支付
2.1 费用明细如下：
  门店版订阅：55店 × 3,960元/店/年 × 2年 = 435,600元
  总部版订阅（会员中台、营销及报表）：68,000元/年 × 2年 = 136,000元
  实施服务费（一次性）：96,000元
  合同总额：667,600元（含6%增值税）
2.2 订阅费按季度后付：每个服务季度结束后10个工作日内，乙方提供对账单和发票，甲方支付该季度订阅费71,450元（门店版54,450元，总部版17,000元）。
2.3 实施服务费在上线验收通过后15个工作日内一次性支付。甲方无需向乙方预付任何费用。
2.4 短信、支付通道手续费由甲方按实际发生额另行与第三方结算，不属于本合同费用。
2.5 服务期内乙方不得上调本合同约定的订阅单价，也不得将现有功能拆分为增值模块另行收费。

3 上线与验收
3.1 乙方应于2025年10月15日前完成全部55家门店的切换上线。
3.2 上线验收标准：（1）迁移后的会员人数、储值余额、次卡剩余次数与旧系统导出数据逐项核对，差异为零；（2）每家门店完成"预约—服务—收银—提成"全流程测试；（3）小程序在500个并发预约请求下页面响应不超过2秒；（4）连续7日的总部报表与门店日结流水一致。
3.3 验收通过后双方签署《上线验收确认单》。门店开始使用系统不视为验收通过；验收未通过的，乙方应在7日内整改后重新验收。
3.4 因乙方原因未能按第3.1条期限完成上线的，每逾期一日，乙方向甲方支付违约金人民币600元。
3.5 乙方应为每家门店的店长和收银员提供不少于两次的现场或视频培训，并为总部运营人员提供报表和营销功能的专项培训。

4 服务水平
4.1 平台月度可用率不低于99.5%。计划维护须提前48小时通知甲方，且安排在凌晨1:00至6:00之间，计划维护时间不计入不可用时间。
4.2 故障分级及时限：一级故障（全部或多数门店无法预约或收银）：30分钟内响应，3小时内恢复；二级故障（单家门店或单一功能不可用）：2小时内响应，24小时内恢复；三级故障（一般使用问题）：3个工作日内解决。
4.3 服务补偿：月度可用率低于99.5%但不低于99%的，乙方按当月订阅费的5%在下季度费用中抵扣；低于99%的，抵扣当月订阅费的10%。一级故障超过恢复时限的，每超时1小时再抵扣当月订阅费的1%。
4.4 乙方为甲方指定一名客户成功经理，每月提交服务报告，内容包括可用率、故障处理及改进措施。
4.5 乙方每日对甲方数据进行全量备份，备份至少保留30日；发生数据丢失时，可恢复的数据时点与故障时点的间隔不超过1小时。
4.6 乙方提供7×24小时客服热线和在线工单；门店在营业时间内提出的一般咨询，乙方应在15分钟内给予答复。

5 会员数据与安全
5.1 甲方会员的姓名、手机号、消费记录、储值信息及甲方经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得出售或交由任何第三方使用。
5.2 乙方平台已通过网络安全等级保护第三级测评，数据存储于中国境内；会员数据加密存储和传输，员工按最小权限原则访问并留存操作日志。
5.3 发生会员数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方为安抚会员作出的合理补偿。
5.4 合同终止后30日内，乙方向甲方提供完整的会员及交易数据导出文件，并在甲方书面确认后删除平台上的甲方数据。
5.5 乙方每年委托独立的第三方机构对平台进行渗透测试，并向甲方提供测试结论摘要及整改情况。

6 甲方义务
6.1 甲方负责提供门店网络、收银电脑或平板、小票打印机等终端设备，并保证终端设备符合乙方公布的最低配置要求。
6.2 甲方应指定总部项目负责人，协调各门店配合数据核对、上线切换和员工培训，并及时确认乙方提交的上线方案。
6.3 甲方应妥善管理其账号和密码；因甲方员工泄露账号造成的损失，由甲方自行承担。

7 知识产权
7.1 约美云平台及其软件的知识产权归乙方所有。
7.2 乙方为甲方定制的小程序页面、会员卡面、品牌素材及营销活动模板归甲方所有，甲方可以自由使用、修改，也可以交由其他服务商使用。

8 续订
8.1 服务期满前30日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，此后亦同。
8.2 续订时乙方有权根据市场情况调整订阅单价，调整幅度不超过上一期单价的10%，乙方应在服务期满前15日通知甲方调整后的价格。

9 违约责任
9.1 任何一方违反本合同约定给对方造成损失的，应当赔偿对方的实际损失。
9.2 甲方逾期支付订阅费超过30日的，乙方可暂停部分营销功能，但不得停止预约、收银及会员查询功能。

10 分包
乙方不得将本合同项下的服务或其任何部分分包给第三方；确需分包的，须事先取得甲方的书面同意。

11 合同解除
11.1 乙方严重违约，或平台连续两个月可用率低于99%的，甲方有权书面通知解除本合同，并按实际服务期结算订阅费。
11.2 一方进入破产程序的，另一方可以解除本合同。
11.3 本合同解除或终止后，乙方应按第5.4条交付数据并配合甲方向新系统迁移，不得以存在未结清费用为由拒绝。

12 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

13 其他
13.1 本合同附件包括：附件一《约美云功能清单》、附件二《实施计划及门店切换排期》、附件三《服务水平及补偿计算示例》。附件与正文不一致的，以正文为准。
13.2 乙方对平台进行版本升级的，应提前7日在平台公告；升级不得减少甲方已在使用的功能，也不得降低第4条约定的服务水平。
13.3 双方的通知以书面形式发送至本合同首页所列地址，或发送至双方项目负责人的电子邮箱，邮件发出后次一工作日视为送达。
13.4 本合同未尽事宜，双方可签订补充协议。本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海剪艺美发连锁管理有限公司
授权代表：__________
乙方（盖章）：杭州约美云科技有限公司
授权代表：__________
签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# h220z04 — 市公安局交警支队 交通信号控制平台 年度运维, 政府采购 单一来源 (.pdf, 章 / 条 numbering)
# ----------------------------------------------------------------------------------------------------------------
H220Z04 = """
T:江州市交通信号控制系统年度运维服务合同
P:（政府采购·单一来源）
P:项目编号：JZCG-2025-DY019　　合同编号：JZJJ-YW-2025-07
P:采购人（甲方）：江州市公安局交通警察支队
P:地址：江州市长江中路300号
P:供应商（乙方）：南京信控智能交通有限公司
P:地址：江苏省南京市雨花台区软件大道119号
P:鉴于：江州市城区412个信号控制路口的信号机及中心信号控制平台由乙方于2021年建设，平台核心软件为乙方自主产品；经单一来源采购方式公示和协商，甲方确定由乙方承担2025—2026年度的运维服务。依据《中华人民共和国政府采购法》及相关规定，双方订立本合同。
H:第一章 服务内容与期限
P:第一条 服务范围：（一）中心信号控制平台的服务器、数据库、平台软件的日常运维、补丁和版本升级；（二）412个路口的信号机、车辆检测器、倒计时器及通信设备的巡检和故障维修；（三）60个重点路口及3条主干道绿波带的配时评估与优化；（四）派驻5名运维人员在甲方指挥中心驻场值守。
P:第二条 巡检要求：乙方每季度对全部路口设备巡检一次，每月对重点路口巡检一次，巡检内容包括信号机运行状态、灯组亮度、检测器灵敏度、供电及接地、通信链路和机柜清洁，巡检结果录入甲方运维管理系统并附现场照片。
P:第三条 重大活动及节假日保障：遇重大活动、恶劣天气和法定节假日，乙方应按甲方通知增派人员，在指定路口和指挥中心现场值守，增派人员费用已包含在合同总价内。
P:第四条 服务期：自2025年7月1日起至2026年6月30日止。服务期满本合同自动终止，后续年度的运维服务由甲方依法另行组织采购，本合同不自动续期。
H:第二章 合同价款与支付
P:第五条 本合同总价为人民币壹佰玖拾贰万陆仟元整（¥1,926,000），包括人工、备品备件、工具、交通及税费。分项如下：
TB:序号|服务项目|金额（元）
TB:1|中心平台运维及升级|486,000
TB:2|路口设备巡检及故障维修（412个路口×1,350元）|556,200
TB:3|重点路口及干线配时优化|228,000
TB:4|驻场运维人员（5人×96,000元）|480,000
TB:5|备品备件包干|175,800
TB:—|合计|1,926,000
P:第六条 本合同不设预付款。服务费按季度支付，每季度人民币481,500元，在该季度考核结果经甲方确认后15个工作日内支付。考核扣款从当季服务费中扣除。乙方每次请款时应提交当季运维报告、考核表和增值税发票。
H:第三章 服务要求与考核
P:第七条 服务水平：（一）中心平台月度可用率不低于99.95%；（二）一级故障（中心平台瘫痪，或主干道路口出现黑灯、全红、长时间黄闪）：乙方15分钟内响应，1小时内到场，3小时内恢复；（三）二级故障（单个路口信号机故障或检测器失效）：30分钟内响应，2小时内到场，8小时内恢复；（四）三级故障：24小时内处理完毕。
P:第八条 考核扣款：一级故障每超时30分钟扣减人民币1,000元；二级故障每超时1小时扣减人民币300元；中心平台月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元；季度考核得分低于85分的，另扣减当季服务费的3%。
P:第九条 备品备件：乙方应在江州市区设立备件库，常备信号机主板、灯控板、电源模块、检测器等易损件，数量不少于附件所列清单；更换下来的旧件经甲方核验后由乙方回收处置。乙方每季度向甲方报送备件出入库记录，备件库存不足导致故障修复超时的，按第八条扣款。
P:第十条 季度考核与年度验收：甲方每季度依据故障工单、平台监测记录、巡检记录和驻场考勤进行考核。服务期满前，乙方提交年度运维报告，甲方组织年度验收，验收标准为：（一）全年设备巡检覆盖全部412个路口且每个路口不少于两次；（二）配时优化后重点路口高峰平均延误较基准下降不少于8%；（三）故障工单闭环率不低于98%；（四）平台及设备台账与现场一致。年度验收合格后甲方出具书面验收意见；验收不合格的，乙方应在30日内完成整改并重新申请验收。
H:第四章 数据、保密与成果
P:第十一条 数据安全：（一）信号配时数据、路口流量数据、视频图像及平台日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供；（二）乙方应遵守公安信息网和视频专网的安全管理规定，运维操作须经甲方审批后通过堡垒机进行，严禁私接外网；（三）发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。
P:第十二条 保密：乙方及其人员对履约中知悉的甲方工作秘密、警务信息和路网数据负有保密义务，驻场人员须签署保密承诺书。本条在合同终止后继续有效。
P:第十三条 成果归属：乙方在服务期内形成的配时方案、优化报告、运维台账及运维脚本归甲方所有，甲方可自由使用和修改。
H:第五章 人员与外场作业
P:第十四条 驻场人员须具备信号系统运维经验，实行7×24小时轮班，每班不少于2人，负责平台监控、故障受理和工单派发，并按甲方要求参加指挥中心的交通组织会商。乙方更换驻场人员应提前7日告知甲方并做好交接。甲方为驻场人员提供办公场所、网络接入和必要的出入证件。
P:第十五条 安全作业：外场作业须设置安全警示标志，占道作业应提前报甲方批准并在交通低峰时段进行；乙方应为作业人员购买意外伤害保险，作业中发生的人身和财产损害由乙方承担。
P:第十六条 外场维修委托：乙方可以将外场信号机、检测器的巡检和故障维修工作委托具备相应资质的本地合作单位实施，委托前以书面形式告知甲方合作单位名称即可。乙方对合作单位的工作质量和安全承担责任。
H:第六章 违约与合同解除
P:第十七条 乙方未按第十条约定期限提交配时优化方案或年度运维报告的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:第十八条 驻场人员无故缺岗的，每人每日扣减人民币500元；乙方瞒报、迟报故障或伪造巡检记录的，每发现一次扣减人民币5,000元，并应立即纠正。
P:第十九条 鉴于本系统的专有性及单一来源采购的特殊性，服务期内甲乙双方均不得单方解除本合同。乙方违约的，甲方可以要求乙方继续履行、限期整改，并按本合同扣款或收取违约金，但不得以此为由解除合同。
H:第七章 其他
P:第二十条 因不可抗力致使合同部分不能履行的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复履行；不可抗力期间的服务费按实际提供的服务结算。
P:第二十一条 平台升级：乙方对中心平台进行版本升级或打补丁前，应提交升级方案和回退方案，经甲方同意后在交通低峰时段实施；升级后出现功能异常的，乙方应立即回退并按一级故障处理。
P:第二十二条 服务交接：服务期满或合同终止时，乙方应向甲方或甲方指定的单位移交全部运维台账、配时方案、系统账号、备件清单和技术文档，并提供不少于30日的交接配合，交接期间不另收费用。
P:第二十三条 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:第二十四条 本合同附件包括服务清单、路口设备清单、备品备件清单和考核细则，与本合同具有同等效力。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市公安局交通警察支队　　乙方（盖章）：南京信控智能交通有限公司
P:代表签字：__________　　　　　　　　　　　代表签字：__________
P:日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# h220z05 — 辣条 (调味面制品) maker's MES licence + custom development, supplier's own template (.md, 第1条 / 1.1)
# ----------------------------------------------------------------------------------------------------------------
H220Z05 = """# 智造云图MES软件许可及实施合同

**（乙方标准合同文本 V5.0，2025年版）**

合同编号：ZZYT-MES-2025-【　　】

甲方（用户）：平江香辣坊食品有限公司
地址：湖南省岳阳市平江县伍市工业园食品产业路8号

乙方（供应商）：长沙智造云图软件有限公司
地址：湖南省长沙市岳麓区麓谷大道627号

甲方为调味面制品（辣条）生产企业，拟在其8条生产线上实施制造执行系统。乙方为"智造云图MES"软件的著作权人。双方经协商，按乙方标准文本订立本合同，以资共同遵守。

## 第1条 定义

1.1 "软件产品"指乙方享有著作权的智造云图MES标准版及食品安全追溯模块。

1.2 "定制开发"指乙方根据甲方需求，在软件产品基础上进行的功能开发、接口开发和报表开发。

1.3 "上线"指软件在甲方生产环境中完成安装部署并可供甲方登录使用。

1.4 "故障"指软件不能按用户手册描述运行的情形，不包括因甲方硬件、网络、操作不当或第三方软件引起的问题。

## 第2条 合同标的与价款

2.1 本合同价款如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云图MES标准版软件许可（生产管理、仓储、设备管理，8条产线，永久） | 720,000 |
| 2 | 食品安全追溯模块许可 | 160,000 |
| | 软件许可小计 | 880,000 |
| 3 | 定制开发（配料称量防错、蒸煮挤压拌料工艺参数采集、ERP接口、电子批记录） | 586,000 |
| 4 | 实施及培训 | 154,000 |
| | 合同总价 | 1,620,000 |

2.2 合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），含税。合同总价不包括服务器、工控机、扫码枪、电子秤、数据采集网关等硬件及第三方数据库许可，上述物品由甲方自行采购。

2.3 乙方人员赴甲方现场的差旅费用已包含在实施费中；因甲方需求变更增加的现场服务，按每人每日2,800元另行计费。

## 第3条 付款

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币891,000元。乙方收到该笔款项后启动项目实施。

3.2 软件上线后10个工作日内，甲方支付合同总价的35%，即人民币567,000元。

3.3 软件上线满三个月后10个工作日内，甲方支付剩余10%，即人民币162,000元。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施和服务。

## 第4条 实施

4.1 乙方在收到第3.1条款项后120日内完成软件部署上线。实施计划由乙方编制，甲方应予配合。

4.2 甲方应按乙方要求提供服务器、网络、工业数据采集所需的硬件及现场条件，并指派熟悉业务的人员参与实施。因甲方原因造成的延误，实施期限相应顺延。

4.3 甲方在实施过程中提出的需求变更，乙方有权另行收费，并相应调整实施期限。

4.4 实施内容包括：8条产线工单、配料、蒸煮、挤压、拌料、包装工序的数据采集配置；原辅料批次、生产批次与成品批次的正反向追溯；金属检测、称重复检结果的自动记录；与甲方ERP系统的物料、工单和库存数据接口。

4.5 乙方为甲方提供两次集中培训，培训对象为甲方的系统管理员和各工序班组长。

## 第5条 验收

5.1 软件安装部署完成并完成操作培训后，乙方向甲方发出上线通知。甲方自收到上线通知之日起七日内未以书面形式提出异议的，视为软件已验收合格。

5.2 甲方在生产中使用软件的，即视为验收合格。

5.3 验收合格后，甲方不得以软件功能与其预期不符为由拒绝支付款项；甲方提出的改进意见，双方可另行协商处理。

## 第6条 免费维护

6.1 自上线之日起六个月为免费维护期，乙方提供远程技术支持和软件缺陷修复。

6.2 甲方报告故障后，乙方在8小时内响应，并根据故障情况安排远程或现场处理。

6.3 乙方将尽力在合理时间内排除故障，但不因响应时间或修复时间承担任何违约或赔偿责任。

6.4 下列情形不属于免费维护范围：甲方擅自修改系统配置或数据库；甲方硬件、网络故障；新增产线或新增功能需求。

6.5 免费维护期内，乙方每季度为甲方提供一次远程系统巡检，并出具巡检记录。

## 第7条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持、版本升级和故障处理服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格目录执行。

7.2 甲方未签订年度维护协议的，乙方不再提供任何技术支持。

## 第8条 知识产权

8.1 软件产品的著作权及其他知识产权归乙方所有，甲方获得在本合同约定产线范围内永久使用的许可。

8.2 定制开发成果（包括源代码、配料防错模块、ERP接口程序、电子批记录模板及相关文档）的知识产权归乙方所有。甲方在本合同范围内享有非独占、不可转让的使用权，不得修改、反向工程或交由第三方使用。

8.3 甲方不得将软件安装于本合同约定产线以外的场所，不得将软件出租、出借或转让。甲方超范围使用的，应按乙方当时的报价补交许可费用。

## 第9条 数据

9.1 甲方在软件中录入和产生的生产、质量、库存数据归甲方所有。

9.2 乙方对其接触的甲方数据采取访问控制、加密传输和操作日志等安全措施；发生数据泄露的，乙方在48小时内通知甲方，因乙方原因造成的，承担相应的赔偿责任。

9.3 甲方同意，乙方可对系统运行中产生的生产、工艺和质量数据进行脱敏和汇总处理，用于乙方产品改进、行业对标分析及面向其他客户的咨询服务。本款在合同终止后继续有效。

9.4 甲方负责其服务器及数据的日常备份。因甲方未备份造成的数据丢失，乙方不承担责任。

## 第10条 保密

双方对在合作中获得的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定披露的除外。本条在合同终止后两年内有效。

## 第11条 违约责任

11.1 因乙方原因未能按第4.1条约定时间上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的2%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且乙方不承担间接损失、利润损失和产品召回损失。

11.3 软件提供的追溯、称量和工艺参数记录仅作为甲方管理的辅助工具，甲方依据软件数据作出的生产和质量决策由甲方自行负责。

## 第12条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方可书面通知解除本合同。因甲方原因解除合同的，甲方已支付的款项不予退还，并应支付乙方已完成工作对应的费用。

## 第13条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，由乙方所在地人民法院管辖。

## 第14条 不可抗力

因不可抗力不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第15条 其他

15.1 本合同以乙方标准文本为准，双方的补充约定须以书面形式另行签订。

15.2 本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：平江香辣坊食品有限公司　　乙方（盖章）：长沙智造云图软件有限公司

授权代表：__________　　　　授权代表：__________

签订日期：____年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# h220e01 — Wenzhou eyeglass-frame maker, frame CAD perpetual licences, French vendor on the Île des Embiez
#           (.pdf, Articles; one low finding only: French law, court in Toulon)
# ----------------------------------------------------------------------------------------------------------------
H220E01 = """
T:Software Licence and Implementation Agreement
P:Agreement No. EDS-WZ-2025-014
P:This Agreement is made between:
P:(1) Wenzhou Ouhai Lianchuang Optical Frames Co., Ltd., a company incorporated in the People's Republic of China, whose registered address is No. 88 Xianyan Industrial Road, Ouhai District, Wenzhou, Zhejiang Province ("Customer"); and
P:(2) Embiez Design Systèmes SAS, a French société par actions simplifiée whose registered office is at Le Port, Île des Embiez, 83140 Six-Fours-les-Plages, France ("Vendor").
H:Recitals
P:(A) Customer designs and manufactures metal, titanium and acetate eyeglass frames for international brands and exports most of its production.
P:(B) Vendor develops and licenses FrameForge, a computer-aided design system for optical frames, together with a rendering module and a library of hinges, nose pads and other components.
P:(C) Customer wishes to acquire perpetual licences of FrameForge and to have Vendor implement it at Customer's design centre in Wenzhou, and Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means FrameForge Pro, the FrameForge Render module and the FrameForge Component Library, in the versions current at the Effective Date, with their documentation.
P:1.2 "Licence Subtotal" means the sum of the licence fees in Article 3.1, items 1 to 3.
P:1.3 "Final Acceptance" means the written acceptance issued by Customer under Article 5.4.
P:1.4 "Customer Data" means all frame designs, drawings, 3D models, bills of materials, brand artwork and any other data that Customer creates, imports or stores with the Software.
P:1.5 "Deliverables" means the templates, parameter sets, scripts, interface code and documents that Vendor creates for Customer under this Agreement.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's premises in Wenzhou for Customer's own business, for the number of named users stated in Article 3.1. Customer may transfer a named-user licence from one employee to another at any time.
P:2.2 Vendor shall install and configure the Software on Customer's servers and workstations, set up Customer's frame templates, build an interface that exports cutting and bending data to Customer's CNC nesting software, and convert 3,200 legacy designs from Customer's current CAD files.
P:2.3 Vendor shall train Customer's designers and administrators on site in Wenzhou for six days.
H:Article 3 Price
P:3.1 At Customer's request, all prices and payments under this Agreement are stated and made in Chinese yuan (CNY). The Contract Price is fixed and is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|FrameForge Pro perpetual named-user licence|24|46,500|1,116,000
TB:2|FrameForge Render module licence|8|21,000|168,000
TB:3|FrameForge Component Library site licence|1|96,000|96,000
TB:-|Licence Subtotal|||1,380,000
TB:4|Implementation, CNC interface and design conversion|1|238,000|238,000
TB:5|On-site training (six days)|1|57,000|57,000
TB:-|Contract Price|||1,675,000
P:3.2 The Contract Price includes all taxes, duties, travel and living expenses of Vendor's staff and the warranty services in Article 6. Customer shall bear no other charge unless agreed in a written amendment signed by both parties.
H:Article 4 Payment
P:4.1 Customer shall pay the Contract Price in three instalments, each within 30 days after receipt of a correct invoice:
P:(a) 20% of the Contract Price (CNY 335,000) after signature of this Agreement;
P:(b) 45% of the Contract Price (CNY 753,750) after Vendor has installed the Software and Customer has signed the installation certificate, which confirms delivery only and is not an acceptance; and
P:(c) 35% of the Contract Price (CNY 586,250) after Final Acceptance.
P:4.2 Payments are made by bank transfer from Customer's account in Wenzhou to the account of Vendor named in its invoice.
H:Article 5 Delivery, Installation and Acceptance
P:5.1 Vendor shall deliver the Software licence keys within 10 days and complete installation within 45 days after the Effective Date.
P:5.2 Vendor shall complete the implementation described in Article 2.2 and request Final Acceptance within 120 days after the Effective Date.
P:5.3 The acceptance tests shall show that: (a) every function listed in Annex 1 works as described; (b) the CNC interface exports correct cutting and bending data for twenty sample frames chosen by Customer, verified by cutting them on Customer's machines; (c) at least 3,150 of the 3,200 legacy designs have been converted with correct dimensions and the remaining designs are listed with the reason; and (d) the Software has run in production for 20 working days without a Severity 1 fault.
P:5.4 When the tests are passed, Customer shall issue a written Final Acceptance certificate within 10 days. Installation, use of the Software in production or any payment does not by itself mean acceptance. If a test fails, Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance.
P:6.2 During the warranty period Vendor shall, free of charge, correct defects, supply all new versions and patches, and provide remote support in Chinese or English.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period, Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 151,800 per year, and it is fixed for the three support years that follow the warranty period. Any later change requires a written agreement.
P:7.2 Support is ordered by a separate purchase order for each year and does not renew automatically.
P:7.3 Annual support includes defect correction, new versions, and the service levels of Article 8.
H:Article 8 Service Levels
P:8.1 Vendor shall respond to faults reported by Customer as follows: Severity 1 (the Software cannot start, or designs are corrupted or lost): within 2 hours, at any time of day; Severity 2 (a major function does not work and there is no workaround): within 8 hours; Severity 3 (other faults): within two working days.
P:8.2 For a Severity 1 fault, Vendor shall provide a workaround or a fix within 24 hours after the response. Vendor shall keep a support engineer in Shanghai who can attend Customer's premises when remote support is not enough.
P:8.3 If Vendor misses a response or fix time, it shall pay Customer CNY 1,000 for each hour of delay, deducted from the next payment or support fee.
H:Article 9 Intellectual Property
P:9.1 Vendor remains the owner of the Software.
P:9.2 All rights in the Deliverables, including source code of the CNC interface, vest in Customer on creation. Customer may use, modify and license the Deliverables freely, including to other suppliers. Vendor shall hand over the source code and build instructions at Final Acceptance.
P:9.3 Vendor shall defend Customer against any claim that the Software or the Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to Customer. Vendor may access Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:10.2 The Software is installed on Customer's own servers. Vendor may access Customer's systems remotely only through the connection provided by Customer, after Customer has approved each session, and all sessions are recorded. Vendor shall not take any Customer Data out of Customer's premises and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 Vendor shall notify Customer within 24 hours after it becomes aware of any unauthorised access to or loss of Customer Data in connection with its work, shall help Customer to contain it, and is liable for the damage that it causes.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including Customer's frame designs for its brand customers before their launch, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 12 Delay Damages and Liability
P:12.1 If Vendor fails to request Final Acceptance by the date in Article 5.2 for reasons attributable to Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Customer may terminate this Agreement if the delay exceeds 60 days.
P:12.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Articles 10 or 11, personal injury, or wilful misconduct.
H:Article 13 Subcontracting and Assignment
P:13.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent and remains responsible for the work of any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature by both parties (the Effective Date).
P:14.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 20 days after written notice. Vendor shall then refund the payments for the parts that Customer cannot use and pay Customer's direct damages.
P:14.3 The licences granted for Software that has been paid for survive any termination.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of France, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 The parties shall first try to settle any dispute by negotiation between senior managers. A dispute not settled within 30 days shall be submitted to the exclusive jurisdiction of the Tribunal de commerce de Toulon, France.
H:Article 16 General
P:16.1 This Agreement is made in English and Chinese; both versions are equally valid. Annex 1 (functional list) and Annex 2 (implementation plan) form part of it.
P:16.2 Notices shall be in writing and sent by courier or e-mail to the addresses above.
P:Signed for Customer: ____________________ Name and title: ____________________ Date: __________
P:Signed for Vendor: ____________________ Name and title: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# h220e02 — Harbin ice-festival ticketing SaaS, Order Form + General Terms, Spanish vendor on the Isla de Benidorm (.txt)
# ----------------------------------------------------------------------------------------------------------------
H220E02 = """BENIDORM TICKETING CLOUD - ORDER FORM No. BTC-CN-2025-0031

This Order Form is issued under, and incorporates, the Benidorm Ticketing Cloud General Terms (version 2025-03) set out in Part B below. Together they form the "Agreement".

PART A - ORDER FORM

A1. Parties

Customer: Harbin Bingxue Culture and Tourism Operation Co., Ltd., a company incorporated in the People's Republic of China, No. 1 Taiyang Island Road, Songbei District, Harbin, Heilongjiang Province.

Vendor: Benidorm Ticketing Cloud, S.L., a Spanish limited company with its registered office on the Isla de Benidorm, 03503 Benidorm (Alicante), Spain, acting in China through its appointed local delivery team.

A2. Background

Customer operates the ice and snow festival park on the north bank of the Songhua River, which sells timed-entry tickets, seasonal passes and group tickets for around 3 million visits each winter. Customer wishes to replace its current ticketing system with Vendor's cloud platform before the opening of the 2025/26 season.

A3. Services

(a) Subscription to the Benidorm Ticketing Cloud platform: online sales through Customer's WeChat mini-program, Alipay and website; timed-entry capacity control; seasonal passes; group and travel-agency sales; real-name ticket registration; reporting dashboards.

(b) Gate-scanner app licences for 120 handheld scanners at the park entrances.

(c) Onboarding: configuration of products and prices, integration with Customer's WeChat Pay and Alipay merchant accounts and with the 46 turnstiles supplied by Customer's turnstile contractor, staff training and a load test before opening day.

A4. Subscription Term

The Subscription Term is 24 months from 1 November 2025 (the Subscription Start Date) to 31 October 2027. The Subscription Term does not renew automatically; any renewal requires a new Order Form signed by both parties.

A5. Fees

At Customer's request all fees are stated and payable in Chinese yuan (CNY), inclusive of VAT.

Platform subscription: CNY 186,000 per subscription year x 2 = CNY 372,000
Gate-scanner app: 120 scanners x CNY 600 per scanner per subscription year x 2 = CNY 144,000
Onboarding (one-time): CNY 88,000
Total Order Value: CNY 604,000

Included volume: up to 3.5 million tickets per subscription year. Tickets above that volume are charged at CNY 0.02 each; this usage charge is not part of the Total Order Value.

A6. Invoicing and Payment

(a) Vendor invoices the first subscription year (platform subscription and scanner app, CNY 258,000) together with the Onboarding fee (CNY 88,000), a total of CNY 346,000, on signature of this Order Form. Customer shall pay this invoice within 10 days, and in any case before the Subscription Start Date. Vendor is not obliged to start Onboarding until this invoice is paid.

(b) Vendor invoices the second subscription year (CNY 258,000) on 1 October 2026, payable before 1 November 2026.

(c) Invoices are payable by bank transfer to Vendor's account in CNY. Fees paid are non-refundable except as stated in the General Terms.

A7. Go-Live

(a) Vendor shall make the platform ready for live sales (Go-Live) by 15 December 2025.

(b) Go-Live acceptance: before Go-Live the parties shall run the acceptance tests in Annex 1, which must show that (i) every ticket product configured by Customer can be sold, refunded and validated; (ii) payments through WeChat Pay and Alipay reconcile with the platform's sales report for three consecutive test days; (iii) all 46 turnstiles and 120 scanners validate tickets in under one second; and (iv) the platform sustains 18,000 validations per minute and 2,000 purchases per minute in the load test. Customer shall sign a Go-Live Certificate within three days after the tests are passed. Using the platform for sales before that does not by itself mean acceptance.

(c) If Go-Live is delayed beyond 15 December 2025 for reasons attributable to Vendor, Vendor shall pay Customer CNY 900 for each day of delay, deducted from the next invoice.

A8. Contacts

Customer: Director of Visitor Services. Vendor: China Delivery Manager. Both parties may change their contact by written notice.

PART B - GENERAL TERMS

1. Provision of the Service

1.1 Vendor shall provide the platform as a hosted service and shall make it available to Customer and its visitors in accordance with the Order Form and these General Terms.

1.2 Vendor may update the platform from time to time, provided that an update does not materially reduce its functions or security. Vendor shall not deploy non-urgent updates during the festival peak from 20 December to 20 February.

2. Service Levels

2.1 Availability: Vendor shall make the sales and validation services available 99.95% of the time in each calendar month, measured at Vendor's monitoring points, excluding scheduled maintenance agreed with Customer at least 72 hours in advance and carried out between 02:00 and 06:00 Beijing time.

2.2 Support: Vendor shall provide support in Chinese at all times. Priority 1 incidents (ticket sales or gate validation not possible for all or most visitors) shall be responded to within 15 minutes and restored within two hours; Priority 2 incidents (a material function impaired, with a workaround) within one hour and restored within 8 hours; Priority 3 incidents within one business day.

2.3 Service credits: if monthly availability falls below 99.95%, Vendor shall credit 10% of the monthly equivalent of the platform subscription fee; below 99.5%, 25%; below 99%, 50%. For each Priority 1 incident not restored within two hours, Vendor shall credit a further CNY 2,000 for every started hour. Credits are deducted from the next invoice or, at the end of the term, paid to Customer.

3. Customer Data and Security

3.1 "Customer Data" means all data that Customer or its visitors enter into the platform, including visitor names, ID card numbers, mobile numbers, ticket and payment records.

3.2 As between the parties, Customer owns Customer Data. Vendor processes Customer Data on Customer's behalf to provide the service.

3.3 Vendor may collect and use aggregated and anonymised data derived from Customer Data and from visitors' use of the platform, including visit patterns, sales curves and pricing results, to produce tourism benchmarks for its other clients and to improve its products. This right continues after the end of the Agreement.

3.4 Vendor hosts the platform in a data centre in mainland China that holds a Multi-Level Protection Scheme level 3 filing, keeps Customer Data in mainland China, encrypts Customer Data in transit and at rest, and maintains ISO 27001 certification. Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.

3.5 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it, and is responsible for the losses, regulatory penalties and visitor compensation that result from its breach of this Section 3.

4. Subcontractors

Vendor may engage subcontractors and sub-processors of its choice, including its affiliates, to perform any part of the service. Vendor publishes the current list on its website and will notify Customer by e-mail of any addition. Vendor remains responsible for the acts of its subcontractors.

5. Customer Configurations

The ticket products, price rules, mini-program pages and reports configured for Customer ("Customer Configurations") belong to Customer. Customer may use, copy and modify them and may give them to a replacement provider. The platform itself and all related intellectual property remain with Vendor.

6. Customer Responsibilities

Customer shall provide the turnstiles, handheld scanners, network connections at the park entrances and its payment merchant accounts, and shall make its turnstile contractor available for the integration work. Customer shall designate a project lead who can take decisions on ticket products and prices, and shall check and approve the product configuration at least ten days before Go-Live. Customer is responsible for the accuracy of the prices and ticket rules that it approves. Vendor is not responsible for a delay to the extent that it is caused by Customer's failure to meet these responsibilities, provided that Vendor has promptly told Customer in writing what is missing.

7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement, and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the end of the Agreement.

8. Term and Termination

8.1 The Agreement runs for the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. Customer may also terminate if monthly availability is below 99% in any two months of a subscription year. On termination for Vendor's breach, Vendor shall refund the prepaid fees for the period after termination.

8.3 On expiry or termination Vendor shall, at Customer's choice, return Customer Data in a standard format within 15 days and then delete it, and shall provide reasonable help for the transfer to a new provider.

9. Liability

9.1 Each party's total liability under the Agreement is limited to twice the Total Order Value.

9.2 The limit in Section 9.1 does not apply to Vendor's obligations under Section 3, to personal injury, or to fraud or wilful misconduct.

10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules. The award is final and binding on both parties.

11. General

11.1 If the Order Form and these General Terms conflict, the Order Form prevails.

11.2 Neither party is liable for a failure caused by events beyond its reasonable control, except that Vendor remains responsible for its own hosting and staff.

11.3 The Agreement is signed in English and Chinese; both texts are equally authentic.

Signed for Customer: ______________________  Date: __________
Signed for Vendor: ______________________  Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# h220e03 — Weihai abalone farm water-quality sensors, Portuguese integrator on the Ilha do Pico, buyer's paper,
#           compliant (.md, Clauses + Schedules)
# ----------------------------------------------------------------------------------------------------------------
H220E03 = """# Purchase Contract for a Water-Quality Monitoring System

**Contract No.:** HY-WQ-2025-09

**Buyer:** Weihai Rongcheng Haiyu Aquaculture Co., Ltd., No. 16 Haiwan Road, Rongcheng, Weihai, Shandong Province, People's Republic of China (the "Buyer").

**Supplier:** Pico Aquasense, Lda., a Portuguese private limited company whose registered office is at Rua do Porto 12, Madalena, Ilha do Pico, Azores, Portugal, acting in China through its service office in Qingdao (the "Supplier").

## Background

The Buyer farms abalone in sea cages in Sanggou Bay and in land-based nursery tanks. Sudden drops in dissolved oxygen and changes in temperature and salinity after storms have caused losses in past seasons. The Buyer has selected the Supplier, after a competitive comparison, to supply, install and support a water-quality monitoring system with alarms. This Contract is on the Buyer's standard terms.

## 1. Definitions

1.1 **System** means the equipment, software and services listed in Schedule 1, installed and working as a whole.

1.2 **Hardware and Licence Subtotal** means the sum of items 1 to 4 in Schedule 1.

1.3 **Final Acceptance** means the Buyer's written acceptance under Clause 5.3.

1.4 **Buyer Data** means all measurements, alarms, logs, maps and reports produced by or stored in the System.

## 2. Scope of Supply

2.1 The Supplier shall supply 14 multi-parameter buoy stations (dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll), 96 tank sensors (dissolved oxygen and temperature), 6 LoRaWAN gateways and a perpetual licence of the AquaWatch monitoring software for installation on the Buyer's server.

2.2 The Supplier shall moor the buoys at the positions agreed with the Buyer's farm manager, install the tank sensors and gateways, configure alarms by SMS and WeChat, and train the Buyer's staff.

2.3 All equipment for sea use shall be rated for marine immersion, shall withstand waves of at least 4 metres and shall be supplied with anti-fouling protection.

## 3. Price

3.1 At the Buyer's request all prices and payments under this Contract are in Chinese yuan (CNY). The Contract Price is **CNY 1,860,000**, fixed, including VAT, import duties, delivery to Rongcheng, installation, training and the warranty services.

3.2 The Contract Price is broken down in Schedule 1.

## 4. Payment

4.1 The Buyer shall pay:

- (a) 10% of the Contract Price (CNY 186,000) as an advance within 15 days after signature, against the Supplier's invoice;
- (b) 55% of the Contract Price (CNY 1,023,000) after all equipment has been delivered and installed and the Buyer has signed the installation certificate, which is not an acceptance; and
- (c) 35% of the Contract Price (CNY 651,000) within 20 days after Final Acceptance.

4.2 Each payment is made within 20 days after the Buyer receives a correct VAT invoice.

## 5. Delivery, Installation and Acceptance

5.1 The Supplier shall deliver all equipment to the Buyer's site in Rongcheng within 70 days and complete installation within 100 days after signature.

5.2 The acceptance tests are: (a) each buoy and tank sensor is compared with a calibrated hand-held reference instrument at three points in time, and dissolved oxygen readings agree within 0.2 mg/L and temperature within 0.2 °C; (b) alarms reach the duty phones within 60 seconds of a threshold being crossed, tested for every station; (c) the System runs for 30 consecutive days with data received from every station for at least 98% of the scheduled readings; and (d) the documents in Schedule 2 have been delivered.

5.3 When the tests are passed, the Buyer shall issue a Final Acceptance certificate within 7 days. Installation, use of the System on the farm, or any payment does not by itself mean acceptance. If a test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.

## 6. Warranty

6.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty it shall repair or replace any faulty part free of charge, including sensor membranes and probes that fail before their rated life, and shall provide software updates.

6.2 During the warranty the Supplier shall clean and recalibrate the buoy sensors every two months.

6.3 The Supplier shall keep in Qingdao a stock of spare sensors, probes and gateway parts sufficient to replace at least two complete buoy stations, and shall make spare parts available for at least eight years after Final Acceptance at prices not higher than its published list prices at the date of this Contract.

6.4 Risk of loss of the equipment passes to the Buyer at Final Acceptance. Until then the Supplier shall insure the equipment, including buoys moored at sea, against storm damage, theft and loss, with the Buyer named as loss payee.

## 7. Support after the Warranty

7.1 After the warranty, the Buyer may buy annual support covering repair, recalibration, software updates and the service levels in Clause 8. The annual support fee is 8.5% of the Hardware and Licence Subtotal, that is CNY 141,287 per year, fixed for three years after the warranty ends.

7.2 Support is ordered each year by a written order from the Buyer. It does not renew automatically.

## 8. Service Levels

8.1 Severity 1 (loss of data or alarms for a whole farm zone, or the server software stops): the Supplier shall respond within 1 hour by telephone or remote access and shall have an engineer on site within 24 hours if needed. Severity 2 (a single station fails): response within 8 hours, repair within 3 days. Severity 3: within 10 working days.

8.2 For each hour by which the Supplier exceeds a Severity 1 response time, it shall pay the Buyer CNY 1,200; for each day by which it exceeds a Severity 2 repair time, CNY 500. These amounts are deducted from any sum due to the Supplier.

## 9. Buyer Data

9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or disclose it for any other purpose.

9.2 The System stores Buyer Data on the Buyer's own server. The Supplier may access it remotely only through the Buyer's VPN with a personal account, after the Buyer's approval of each session. The Supplier shall keep its access credentials secure, shall not install any remote-access tool without the Buyer's consent, and shall comply with the PRC Data Security Law.

9.3 The Supplier shall notify the Buyer within 12 hours after it becomes aware of any unauthorised access to or loss of Buyer Data, shall help the Buyer to deal with it, and shall compensate the Buyer for the damage caused by its breach.

## 10. Intellectual Property

10.1 The AquaWatch software remains the property of the Supplier and is licensed to the Buyer perpetually.

10.2 The alarm rules, farm maps, dashboards and reports configured for the Buyer belong to the Buyer, which may use, change and give them to other contractors.

## 11. Confidentiality

Each party shall keep confidential all non-public information received from the other, in particular the Buyer's stocking densities, survival rates and site plans, and shall not disclose it to third parties without prior written consent. This Clause continues for three years after the end of this Contract.

## 12. Delay Damages

If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in Clause 5 for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. These damages do not prevent the Buyer from terminating under Clause 14.

## 13. Subcontracting

The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The mooring of buoys may be performed by a local marine contractor approved in writing by the Buyer. The Supplier remains responsible for all subcontracted work.

## 14. Termination

14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum.

14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment that the Buyer returns and compensate the Buyer's direct losses.

## 15. Governing Law and Disputes

This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.

## 16. General

16.1 This Contract is made in Chinese and English; both versions have equal effect.

16.2 The Schedules form part of this Contract.

16.3 Notices under this Contract shall be in writing and delivered by hand, by courier or by e-mail to the addresses and contacts that each party gives in writing. A notice sent by e-mail is received on the next working day.

## Schedule 1 - Price Breakdown

| Item | Description | Qty | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | Multi-parameter buoy station | 14 | 68,500 | 959,000 |
| 2 | Tank sensor (DO and temperature) | 96 | 4,250 | 408,000 |
| 3 | LoRaWAN gateway | 6 | 18,200 | 109,200 |
| 4 | AquaWatch software, perpetual licence | 1 | 186,000 | 186,000 |
| | Hardware and Licence Subtotal | | | 1,662,200 |
| 5 | Installation, mooring and commissioning | 1 | 174,800 | 174,800 |
| 6 | Training | 1 | 23,000 | 23,000 |
| | Contract Price | | | 1,860,000 |

## Schedule 2 - Documents

Operating and maintenance manuals in Chinese, calibration certificates for every sensor, mooring drawings, the network diagram, the alarm configuration list and the spare-parts list.

For the Buyer: ____________________ (seal)  Date: __________

For the Supplier: ____________________  Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# h220e04 — Chengdu game studio managed IT + service desk, Italian provider on the Isola Spargi (.docx, numbered
#           clauses + Word fee table)
# ----------------------------------------------------------------------------------------------------------------
H220E04 = """
T:Managed IT Services Agreement
P:Reference: SMS-CD-2025-022
P:This Managed IT Services Agreement is made between Chengdu Lanxing Interactive Entertainment Co., Ltd., a company incorporated in the People's Republic of China with its office at Tower B, Tianfu Software Park, High-tech Zone, Chengdu, Sichuan Province (the "Customer"), and Spargi Managed Services S.r.l., an Italian limited liability company whose registered office is at Cala Corsara, Isola Spargi, 07024 La Maddalena (SS), Italy, which performs the services through its delivery centre in Chengdu (the "Provider").
H:Background
P:The Customer develops and publishes mobile and PC games and employs about 380 people in two offices in Chengdu. Its internal IT team has been reduced, and the Customer wishes to outsource its service desk, end-user device management, office network and the administration of its build and test servers to the Provider. The Provider has presented its proposal of 12 August 2025, and the parties now agree as follows.
H:1. Definitions
P:1.1 "Services" means the services described in Clause 2 and Schedule 1.
P:1.2 "Monthly Service Charge" means the monthly charge in Schedule 2.
P:1.3 "Transition" means the work needed to take over the Services from the Customer's internal team, as described in Clause 3.
P:1.4 "Customer Data" means all data, source code, game assets, build artefacts, credentials and personal information held on the Customer's systems or received by the Provider from the Customer.
H:2. Services
P:2.1 The Provider shall provide, from the Service Commencement Date: (a) a bilingual service desk (Chinese and English) by telephone, chat and ticketing portal from 08:00 to 22:00, seven days a week, with an on-call engineer outside those hours; (b) management of about 420 laptops and workstations, including imaging, patching, software distribution and asset records; (c) on-site support at both offices during working hours with three resident engineers; (d) administration of the office network, Wi-Fi and printers; and (e) administration of the Customer's 64 build and test servers, including monitoring, patching and backup checks.
P:2.2 The Provider shall keep the Customer's IT asset register up to date and report on it every month.
P:2.3 The Provider shall prepare a configured laptop or workstation for each new employee within two business days after the Customer's request, collect and record the devices of leavers, and support the Customer's game launches with extra on-site staff on up to six launch days per year at no extra charge.
P:2.4 The Services do not include game server operations, the development of software, or the purchase of hardware and licences, which the Customer may order separately.
H:3. Transition
P:3.1 The Provider shall carry out the Transition in accordance with the plan in Schedule 3 and shall use reasonable efforts to complete it by 31 October 2025.
P:3.2 The Transition is complete when: (a) all assets have been inventoried and reconciled with the Customer's records; (b) the Provider has written and the Customer has approved runbooks for all recurring tasks; (c) the Provider has operated the service desk in parallel with the Customer's team for 10 working days and resolved at least 90% of tickets without escalation to the Customer; and (d) the Customer has signed a Transition Completion Certificate, which it shall not unreasonably withhold. Operating the Services before then does not by itself mean that the Transition is complete.
P:3.3 The Service Commencement Date is the day after the Customer signs the Transition Completion Certificate.
H:4. Service Levels
P:4.1 The Provider shall aim to meet the following service levels, measured monthly:
TB:Priority|Definition|Response|Resolution target
TB:P1|Build servers, network or service desk down for a whole office or team|30 minutes|6 hours
TB:P2|A group of users or a key application affected|1 hour|1 business day
TB:P3|A single user affected, with a workaround|2 business hours|3 business days
TB:P4|Request or question|1 business day|5 business days
P:4.2 The service desk shall answer 85% of calls within 60 seconds.
P:4.3 The service levels are targets. A failure to meet them does not entitle the Customer to service credits, fee reductions, damages or any other compensation. If a target is missed in two consecutive months, the Provider shall present an improvement plan and review it with the Customer.
P:4.4 The Provider shall send a monthly service report showing performance against each service level, ticket volumes, open problems and planned changes.
H:5. Charges and Payment
P:5.1 At the Customer's request all charges under this Agreement are stated and paid in Chinese yuan (CNY). The charges are set out in the following table:
TB:Charge|Basis|Amount (CNY)
TB:Transition fee|one-time, invoiced after the Transition Completion Certificate|58,000
TB:Monthly Service Charge|64,800 per month for 24 months, invoiced monthly in arrears|1,555,200
TB:Total contract value||1,613,200
P:5.2 The Customer shall pay each correct invoice within 30 days. No amount is payable in advance.
P:5.3 The Monthly Service Charge covers up to 440 managed devices and 70 servers. Additional devices are charged at CNY 120 per device per month, and the charge is reduced at the same rate if the number of devices falls below 360.
P:5.4 The charges are fixed for the Term.
H:6. Customer Data
P:6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall return it to the Customer at the end of this Agreement.
H:7. Intellectual Property
P:7.1 Runbooks, scripts, configuration files, reports and other materials that the Provider creates specifically for the Customer belong to the Customer, which may use, change and pass them to any successor provider.
P:7.2 The Provider's own tools and know-how remain the Provider's property; to the extent that they are embedded in materials delivered to the Customer, the Customer receives a perpetual, free licence to use them.
H:8. Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public information, including the Customer's unreleased games, source code, player information and business plans, use it only for this Agreement and disclose it only to staff who need to know it and who are bound by equivalent obligations.
P:8.2 The obligations in this Clause continue for three years after the end of this Agreement, and without limit for source code and trade secrets.
H:9. Personnel
P:9.1 The Provider shall assign qualified staff, carry out background checks permitted by law, and replace any member of staff whom the Customer reasonably asks to be removed.
P:9.2 The resident engineers shall follow the Customer's office rules and shall not be replaced without two weeks' notice except in case of illness or resignation.
H:10. Customer Responsibilities and Governance
P:10.1 The Customer shall give the Provider's staff access to its offices, desks, network and systems as needed for the Services, shall keep its own software licences valid, and shall appoint an IT service owner who can approve changes and priorities.
P:10.2 The parties shall hold a service review meeting every month to discuss the monthly service report, open problems, planned changes and the Customer's upcoming needs, such as game launches and office moves, and a governance meeting every quarter at management level.
P:10.3 Changes to the scope of the Services are agreed through a written change request that states the effect on the charges and the service levels. The Provider shall not refuse a reasonable change and shall price it at the rates in Schedule 2.
H:11. Subcontracting
P:11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:12. Term and Termination
P:12.1 This Agreement starts on signature and continues for 24 months after the Service Commencement Date (the "Term"). It does not renew automatically; any extension must be agreed in writing.
P:12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice.
P:12.3 The Customer may terminate this Agreement for convenience with three months' written notice after the first six months of the Term, without compensation other than the charges for Services performed.
P:12.4 On expiry or termination the Provider shall provide exit assistance for up to 60 days, hand over all runbooks, credentials and records, and cooperate with any successor provider, at the rates in Schedule 2 for work beyond the normal Services.
H:13. Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the total contract value stated in Clause 5.1.
P:13.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue, except in case of wilful misconduct.
H:14. Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute that the parties cannot settle within 30 days shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
H:15. Insurance and Force Majeure
P:15.1 The Provider shall maintain professional indemnity and public liability insurance with insurers authorised in China, with cover of not less than CNY 5,000,000 per claim, and shall show the certificates on request.
P:15.2 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided that it informs the other party promptly and does its best to limit the effect.
H:16. General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties about the Services. It may be changed only in writing signed by both parties.
P:16.2 Schedule 1: Service Description. Schedule 2: Charges and Rates. Schedule 3: Transition Plan.
P:Signed for the Customer: ____________________ Name: ____________ Date: __________
P:Signed for the Provider: ____________________ Name: ____________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# h220e05 — Xinjiang cotton exporter, fibre-quality certificate API subscription, German vendor on the Insel Juist
#           (.txt, Sections with lettered subsections)
# ----------------------------------------------------------------------------------------------------------------
H220E05 = """API SUBSCRIPTION AGREEMENT
Fibre-Quality Certificate Service

Agreement No.: JFD-2025-CN-117

BETWEEN

Xinjiang Tianshan Cotton Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at No. 233 Kashi East Road, Shayibake District, Urumqi, Xinjiang Uygur Autonomous Region ("Customer")

AND

Juist FaserDaten GmbH, a German limited liability company with its registered office at Strandstrasse 7, 26571 Insel Juist, Germany, registered with the commercial register of the local court of Aurich ("Vendor")

RECITALS

(A) Customer buys lint cotton from ginneries in southern and northern Xinjiang and sells it to spinning mills in China and abroad. Its buyers increasingly ask for bale-level fibre-quality certificates that they can verify electronically.

(B) Vendor operates an application programming interface (the "API") through which a subscriber can submit bale-level HVI test results, match them with the official inspection records that the subscriber is entitled to use, and receive digitally signed fibre-quality certificates and a public verification link for each lot.

(C) Customer wishes to subscribe to the API and to have Vendor integrate it with Customer's trading system.

SECTION 1 - DEFINITIONS

(a) "Certificate" means a digitally signed electronic document issued through the API that states the fibre-quality results (micronaire, upper-half mean length, uniformity, strength, colour grade, trash) for a lot of bales.

(b) "Customer Data" means all data that Customer submits to the API or that the API produces for Customer, including bale numbers, test results, lot compositions, buyer names and contract references.

(c) "Subscription Year" means the annual period starting on the Subscription Start Date or on an anniversary of it.

(d) "Integration Acceptance" has the meaning in Section 4(c).

SECTION 2 - SUBSCRIPTION

(a) Vendor grants Customer, for the Subscription Term, a non-exclusive right to use the API and the web console for Customer's own trading business, for up to 60,000 Certificates per Subscription Year.

(b) The Subscription Term starts on 1 December 2025 (the "Subscription Start Date") and lasts 36 months.

(c) After the Subscription Term, the Agreement renews automatically for further Subscription Years at the same fees, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

(d) Customer may allow its logistics agents to retrieve Certificates on its behalf through the web console, and remains responsible for their use.

SECTION 3 - FEES AND PAYMENT

(a) At Customer's request all fees are stated and paid in Chinese yuan (CNY) and include VAT.

(b) The fees are:

    API subscription: CNY 168,000 per Subscription Year x 3 = CNY 504,000
    Onboarding and integration with Customer's trading system (one-time): CNY 46,000
    Total Contract Value: CNY 550,000

(c) Certificates above 60,000 in a Subscription Year are charged at CNY 1.50 each. This usage charge is not part of the Total Contract Value.

(d) The subscription fee is invoiced quarterly in arrears at CNY 42,000 per quarter. The onboarding fee is invoiced after Integration Acceptance. No fee is payable in advance.

(e) Customer shall pay each correct invoice within 30 days by bank transfer.

SECTION 4 - ONBOARDING AND INTEGRATION

(a) Vendor shall connect the API to Customer's trading system so that Customer's staff can request Certificates for a lot directly from a sales contract, and so that the Certificate and its verification link are stored with the contract.

(b) Vendor shall complete the integration by 15 January 2026. If it fails to do so for reasons attributable to Vendor, it shall pay Customer CNY 500 for each day of delay, deducted from the next invoices.

(c) Integration Acceptance: the parties shall test the integration with 200 real lots chosen by Customer. The tests are passed when (i) every Certificate matches the HVI results submitted; (ii) every verification link opens and shows the same results; (iii) lots with missing or inconsistent bale records are rejected with a clear error message; and (iv) Customer's staff can request and retrieve Certificates without help from Vendor. Customer shall confirm Integration Acceptance in writing within 5 working days after the tests are passed. Issuing Certificates in live trading before that does not by itself mean acceptance.

SECTION 5 - OPERATION AND SUPPORT

(a) Vendor will use commercially reasonable efforts to keep the API and the web console available and to restore them as quickly as practicable after an interruption. Vendor does not commit to any particular availability level, response time or restoration time.

(b) Vendor provides support by e-mail and through its ticket system during its normal business hours (Central European Time, Monday to Friday). Vendor will answer support requests as soon as reasonably practicable.

(c) Vendor may carry out maintenance at any time and will try to announce planned maintenance on the console in advance.

(d) If the API is unavailable, Customer may request paper certificates through the normal inspection channels; Vendor has no obligation in respect of them.

(e) Vendor shall give Customer at least 90 days' written notice of any change to the API that requires a change to Customer's integration, and shall keep the previous API version available during that period. Vendor shall adapt the integration adapters delivered under Section 4 to such a change at no charge.

SECTION 6 - CUSTOMER RESPONSIBILITIES

(a) Customer shall submit only HVI results that come from accredited laboratories and only for bales that it owns or is authorised to sell, and shall keep the underlying test reports for inspection.

(b) Customer is responsible for the accuracy of the data it submits. A Certificate states the results as submitted and matched with the inspection records; Vendor does not test cotton itself.

(c) Customer shall keep the API keys issued to it secret, shall give access to the web console only to its own staff and its authorised agents, and shall inform Vendor without delay if it suspects that an API key has been misused.

SECTION 7 - CUSTOMER DATA AND SECURITY

(a) Customer Data belongs to Customer. Vendor processes Customer Data only to provide the API and the Certificates and shall not use it for any other purpose, including any statistics, market reports or product development.

(b) Customer Data is stored and processed in mainland China, on infrastructure provided by the cloud hosting provider named in Annex 2. Vendor shall protect Customer Data by encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logged access, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

(c) Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall take all necessary steps to contain it, and shall be liable for the damage caused by its failure to comply with this Section 7.

(d) At the end of the Agreement, Vendor shall return Customer Data to Customer in a machine-readable format within 30 days and then delete it, except that the public verification links shall remain available for 36 months after their issue.

SECTION 8 - INTELLECTUAL PROPERTY

(a) The API, the web console and the certificate format remain the property of Vendor.

(b) The integration adapters and mapping tables written for Customer's trading system belong to Customer, which may use, modify and license them freely. Vendor shall deliver their source code with the onboarding.

SECTION 9 - CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's buyers, prices and contract terms, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

SECTION 10 - SUBCONTRACTING

Vendor shall not subcontract any part of its obligations without Customer's prior written consent. The cloud hosting provider named in Annex 2 is approved by Customer by signing this Agreement; any other or additional subcontractor requires Customer's prior written consent.

SECTION 11 - LIABILITY

(a) Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

(b) The limit does not apply to breaches of Section 7 or Section 9, or to wilful misconduct or gross negligence.

SECTION 12 - TERM AND TERMINATION

(a) Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

(b) Customer may also terminate this Agreement by written notice if the official inspection records on which the Certificates rely cease to be available to Vendor.

(c) On termination Vendor shall refund any fees paid for the period after termination.

SECTION 13 - GOVERNING LAW AND JURISDICTION

(a) This Agreement is governed by the laws of the Federal Republic of Germany, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.

(b) The courts of Aurich, Germany, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

SECTION 14 - FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, governmental action or a general failure of public networks, provided that it informs the other party promptly and resumes performance as soon as possible. Vendor's own hosting arrangements and staff are not events beyond its reasonable control.

SECTION 15 - GENERAL

(a) This Agreement is made in English and Chinese; in case of doubt both versions shall be read together.

(b) Annex 1 (API description) and Annex 2 (hosting provider) form part of this Agreement.

Signed for Customer: ______________________  Name: ____________  Date: __________

Signed for Vendor: ______________________  Name: ____________  Date: __________
"""

# ================================================================================================================
# The plan: file names, formats, labels (decided BEFORE the texts were written) and the facts the checks use
# ================================================================================================================
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, post, auto, term, sub,
          law, kind):
    vals = [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, post, auto, term, sub,
            law, kind]
    return dict(zip(TERM_KEYS, vals))


def extra(sla, ld_stated, deemed, value, capped=None):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:          # only on goods_or_licence labels, as holdout18/19
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


G, S = "goods_or_licence", "service"
PLAN = {
    "h220z01": dict(
        file="h220z01_provincial_medical_insurance_fund_supervision_platform.docx", lang="zh", category="software",
        terms=terms(99.95, 0.25, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 10, False, True,
                    False, "PRC", G),
        extra=extra(True, True, False, 3296000, capped=True),
        rules=[], risk="low", forum_mainland=True,
        items=[1260000, 380000, 1146000, 274000, 198000, 38000], base_items=[1260000, 380000], base=1640000,
        payments=[(20, 659200), (45, 1483200), (35, 1153600)], fee_per_year=164000,
        figs=["3,296,000", "1,640,000", "20%", "659,200", "45%", "1,483,200", "35%", "1,153,600", "99.95%",
              "一级故障", "15分钟内响应", "每超时1小时扣减人民币2,000元", "三十六个月", "10%", "164,000", "万分之八",
              "知识产权归甲方所有", "均属于甲方", "1小时内报告", "保密义务", "不得将本项目全部或部分分包",
              "甲方有权书面通知解除本合同", "适用中华人民共和国法律", "不视为最终验收通过", "不自动续期"]),
    "h220z02": dict(
        file="h220z02_battery_electrode_areal_density_gauges_maintenance.md", lang="zh", category="hardware",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True,
                    False, "PRC", G),
        extra=extra(True, True, False, 3848000, capped=True),
        rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high", forum_mainland=True,
        items=[6 * 528000, 2 * 86000, 246000, 214000, 48000], base_items=[3168000, 172000, 246000], base=3586000,
        payments=[(20, 769600), (35, 1346800), (35, 1346800), (10, 384800)], fee_per_year=932360,
        figs=["3,848,000", "3,586,000", "3,168,000", "20%", "769,600", "1,346,800", "384,800", "十八个月", "26%",
              "932,360", "三年半内固定不变", "1小时内远程响应", "1,500元", "千分之一", "属于甲方", "2小时内通知甲方",
              "保密义务", "归甲方所有", "须事先取得甲方书面同意", "有权书面通知解除本合同", "宜春仲裁委员会",
              "不视为终验合格", "不自动续期"]),
    "h220z03": dict(
        file="h220z03_hair_salon_chain_booking_membership_saas.txt", lang="zh", category="cloud",
        terms=terms(99.5, 0.5, True, "buyer", True, True, False, 600 / 667600 * 100, None, None, True, None, None,
                    None, True, True, False, "PRC", S),
        extra=extra(True, True, False, 667600),
        rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], risk="medium", forum_mainland=True,
        items=[55 * 3960 * 2, 68000 * 2, 96000], quarterly=(8, 71450, 54450, 17000),
        figs=["667,600", "435,600", "136,000", "96,000", "71,450", "甲方无需向乙方预付任何费用", "99.5%",
              "30分钟内响应", "5%", "600元", "自动续订一个服务年度", "调整幅度不超过上一期单价的10%", "归甲方所有",
              "24小时内通知甲方", "须事先取得甲方的书面同意", "甲方有权书面通知解除本合同", "上海仲裁委员会",
              "不视为验收通过"]),
    "h220z04": dict(
        file="h220z04_traffic_police_signal_control_platform_om.pdf", lang="zh", category="services",
        terms=terms(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                    False, True, "PRC", S),
        extra=extra(True, True, False, 1926000),
        rules=["CR-SUBCONTRACT", "CR-TERMINATION"], risk="medium", forum_mainland=True,
        items=[486000, 412 * 1350, 228000, 5 * 96000, 175800], quarterly=(4, 481500),
        figs=["1,926,000", "556,200", "480,000", "481,500", "本合同不设预付款", "99.95%", "15分钟内响应",
              "1,000元", "千分之一", "均属于甲方", "1小时内报告", "保密义务", "归甲方所有",
              "以书面形式告知甲方合作单位名称即可", "均不得单方解除本合同", "不得以此为由解除合同",
              "适用中华人民共和国法律", "本合同不自动续期"]),
    "h220z05": dict(
        file="h220z05_spicy_snack_mes_supplier_template.md", lang="zh", category="software",
        terms=terms(None, 8, False, "supplier", True, False, True, 0.02, 25, 55, False, False, 6, None, False,
                    True, None, "PRC", G),
        extra=extra(True, True, True, 1620000, capped=False),
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
               "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
        risk="high", forum_mainland=True,
        items=[720000, 160000, 586000, 154000], base_items=[720000, 160000], base=880000,
        payments=[(55, 891000), (35, 567000), (10, 162000)], fee_per_year=None,
        figs=["1,620,000", "880,000", "55%", "891,000", "567,000", "162,000", "视为软件已验收合格",
              "即视为验收合格", "六个月", "8小时内响应", "不因响应时间或修复时间承担任何违约或赔偿责任",
              "乙方届时公布的服务价格目录", "知识产权归乙方所有", "非独占、不可转让的使用权", "脱敏和汇总处理",
              "面向其他客户的咨询服务", "48小时内通知甲方", "保密义务", "万分之二", "25%",
              "守约方可书面通知解除本合同", "适用中华人民共和国法律"]),
    "h220e01": dict(
        file="h220e01_eyewear_frame_cad_perpetual_licences_french_vendor.pdf", lang="en", category="software",
        terms=terms(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                    False, "France", G),
        extra=extra(True, True, False, 1675000, capped=True),
        rules=["CR-GOVERNING-LAW"], risk="low", forum_mainland=False,
        items=[24 * 46500, 8 * 21000, 96000, 238000, 57000], base_items=[1116000, 168000, 96000], base=1380000,
        payments=[(20, 335000), (45, 753750), (35, 586250)], fee_per_year=151800,
        figs=["1,675,000", "1,380,000", "20% of the Contract Price (CNY 335,000)", "753,750",
              "35% of the Contract Price (CNY 586,250) after Final Acceptance", "18 months after Final Acceptance",
              "11% of the Licence Subtotal", "151,800", "does not renew automatically", "Severity 1",
              "within 2 hours", "CNY 1,000 for each hour of delay", "vest in Customer", "Customer Data belongs to Customer",
              "within 24 hours", "keep confidential", "0.08% of the Contract Price for each day of delay",
              "limited to 150% of the Contract Price", "without Customer's prior written consent",
              "material breach", "governed by the laws of France", "Tribunal de commerce de Toulon",
              "does not by itself mean acceptance", "Chinese yuan (CNY)", "Île des Embiez"]),
    "h220e02": dict(
        file="h220e02_ice_festival_ticketing_saas_order_form_spanish_vendor.txt", lang="en", category="cloud",
        terms=terms(99.95, 0.25, True, "buyer", True, False, True, 900 / 604000 * 100, 200, 346000 / 604000 * 100,
                    True, None, None, None, False, True, True, "PRC", S),
        extra=extra(True, True, False, 604000),
        rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SUBCONTRACT"], risk="medium", forum_mainland=True,
        items=[186000 * 2, 120 * 600 * 2, 88000], prepaid=(186000 + 120 * 600, 88000, 346000), second=258000,
        figs=["CNY 604,000", "CNY 346,000", "CNY 258,000", "before the Subscription Start Date", "99.95%",
              "within 15 minutes", "Service credits", "CNY 900 for each day of delay",
              "aggregated and anonymised data derived from Customer Data", "continues after the end of the Agreement",
              "within 24 hours", "subcontractors and sub-processors of its choice", "notify Customer by e-mail",
              "limited to twice the Total Order Value", "does not renew automatically", "material breach",
              "laws of the People's Republic of China", "Harbin Arbitration Commission", "Go-Live Certificate",
              "Chinese yuan (CNY)", "Isla de Benidorm", "keep confidential"]),
    "h220e03": dict(
        file="h220e03_abalone_farm_water_quality_sensors.md", lang="en", category="hardware",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8.5, False, True,
                    False, "PRC", G),
        extra=extra(True, True, False, 1860000, capped=True),
        rules=[], risk="low", forum_mainland=True,
        items=[14 * 68500, 96 * 4250, 6 * 18200, 186000, 174800, 23000], base_items=[959000, 408000, 109200, 186000],
        base=1662200, payments=[(10, 186000), (55, 1023000), (35, 651000)], fee_per_year=141287,
        figs=["CNY 1,860,000", "1,662,200", "10% of the Contract Price (CNY 186,000)", "1,023,000", "651,000",
              "24 months from Final Acceptance", "8.5% of the Hardware and Licence Subtotal", "CNY 141,287",
              "fixed for three years", "It does not renew automatically", "within 1 hour", "CNY 1,200",
              "Buyer Data belongs to the Buyer", "within 12 hours", "keep confidential", "belong to the Buyer",
              "0.1% of the Contract Price for each day of delay", "prior written consent", "material breach",
              "laws of the People's Republic of China", "Weihai Arbitration Commission",
              "does not by itself mean acceptance", "Chinese yuan (CNY)", "Ilha do Pico"]),
    "h220e04": dict(
        file="h220e04_game_studio_managed_it_service_desk.docx", lang="en", category="services",
        terms=terms(None, 0.5, False, "buyer", False, True, True, None, 150, None, True, None, None, None, False,
                    True, False, "PRC", S),
        extra=extra(True, False, False, 1613200),
        rules=["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], risk="high", forum_mainland=True,
        items=[58000, 24 * 64800],
        figs=["1,613,200", "1,555,200", "58,000", "64,800", "No amount is payable in advance", "30 minutes",
              "does not entitle the Customer to service credits", "use reasonable efforts to complete it",
              "Customer Data belongs to the Customer", "keep confidential", "belong to the Customer",
              "limited to 150% of the total contract value", "prior written consent", "material breach",
              "does not renew automatically", "laws of the People's Republic of China",
              "Chengdu Arbitration Commission", "Transition Completion Certificate", "Chinese yuan (CNY)",
              "Isola Spargi"]),
    "h220e05": dict(
        file="h220e05_cotton_fibre_certificate_api_subscription_german_vendor.txt", lang="en", category="cloud",
        terms=terms(None, None, False, "buyer", True, True, True, 500 / 550000 * 100, 150, None, True, None, None,
                    None, False, True, False, "Germany", S),
        extra=extra(False, True, False, 550000),
        rules=["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high", forum_mainland=False,
        items=[168000 * 3, 46000], quarterly=(12, 42000),
        figs=["CNY 550,000", "CNY 504,000", "CNY 46,000", "CNY 42,000 per quarter", "No fee is payable in advance",
              "commercially reasonable efforts",
              "does not commit to any particular availability level, response time or restoration time",
              "CNY 500 for each day of delay", "Customer Data belongs to Customer", "within 24 hours",
              "keep confidential", "belong to Customer", "limited to 150% of the Total Contract Value",
              "prior written consent", "renews automatically for further Subscription Years at the same fees",
              "material breach", "laws of the Federal Republic of Germany", "courts of Aurich, Germany",
              "does not by itself mean acceptance", "Chinese yuan (CNY)", "Insel Juist"]),
}
SOURCES = {"h220z01": H220Z01, "h220z02": H220Z02, "h220z03": H220Z03, "h220z04": H220Z04, "h220z05": H220Z05,
           "h220e01": H220E01, "h220e02": H220E02, "h220e03": H220E03, "h220e04": H220E04, "h220e05": H220E05}

# ================================================================================================================
# Checks 1: prices and payments
# ================================================================================================================
def check_prices():
    for key, p in PLAN.items():
        cv = p["extra"]["contract_value"]
        assert sum(p["items"]) == cv, (key, sum(p["items"]), cv)
        if "base_items" in p:
            assert sum(p["base_items"]) == p["base"], key
        if "payments" in p:
            assert sum(pct for pct, _ in p["payments"]) == 100, key
            for pct, amount in p["payments"]:
                assert cv * pct == amount * 100, (key, pct, amount)
            assert sum(a for _, a in p["payments"]) == cv, key
            assert p["terms"]["prepayment_pct"] == p["payments"][0][0], key   # first instalment is the advance
        if p.get("fee_per_year"):
            assert p["base"] * p["terms"]["post_warranty_fee_pct"] == p["fee_per_year"] * 100, key
        if key == "h220z03":
            n, q, shops, hq = p["quarterly"]
            assert shops + hq == q and 4 * shops == 55 * 3960 and 4 * hq == 68000 and n * q == 435600 + 136000
        if key == "h220z04":
            n, q = p["quarterly"]
            assert n * q == cv
        if key == "h220e05":
            n, q = p["quarterly"]
            assert n * q == 168000 * 3
        if key == "h220e02":
            year1, onboarding, first = p["prepaid"]
            assert year1 == 258000 == p["second"] and year1 + onboarding == first and first + p["second"] == cv
            assert p["terms"]["prepayment_pct"] == first / cv * 100
    print("prices and payments: ok")


# ================================================================================================================
# Checks 2: the policy rules (§3, §4) re-applied to the planned labels — my reading, written down in NOTES.md
# ================================================================================================================
HORIZON = 5


def tco(p):
    t = p["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not p["extra"].get("post_warranty_fee_capped"):
        return None
    fee = p["base"] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = fee * years
    total = p["extra"]["contract_value"] + fees
    return {"fee_per_year": fee, "post_years": years, "post_fees": fees, "tco": total, "share_pct": fees / total * 100}


def apply_rules(p):
    t, x, found = p["terms"], p["extra"], {}
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        found["CR-SLA-MISSING"] = "high"
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        found["CR-SLA-AVAILABILITY"] = "medium"
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:      # "above 4 hours, or unstated"
        found["CR-SLA-RESPONSE"] = "medium"
    if x["sla_clause"] and not t["sla_remedy"]:
        found["CR-SLA-NO-REMEDY"] = "medium"
    if t["ip_owner"] != "buyer":
        found["CR-IP-OWNERSHIP"] = "high"
    if not t["data_security_clause"]:
        found["CR-DATA-SECURITY"] = "high"
    if t["buyer_owns_data"] is not True:
        found["CR-DATA-OWNERSHIP"] = "medium"
    if not t["confidentiality"]:
        found["CR-CONFIDENTIALITY"] = "medium"
    if not x["ld_stated"]:
        found["CR-LD-MISSING"] = "high"
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        found["CR-LD-LOW"] = "medium"
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        found["CR-LIABILITY-CAP"] = "medium"
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        found["CR-PREPAYMENT"] = "medium"
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        found["CR-ACCEPTANCE"] = "high"
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            found["CR-WARRANTY"] = "medium"
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            found["CR-POST-WARRANTY-FEE"] = "high"
        c = tco(p)
        if c is not None and c["share_pct"] > 40:
            found["CR-TCO-SERVICE-SHARE"] = "medium"
    if t["auto_renewal_price_increase"]:
        found["CR-AUTO-RENEWAL"] = "medium"
    if not t["termination_for_breach"]:
        found["CR-TERMINATION"] = "medium"
    if t["subcontract_without_consent"] is True:
        found["CR-SUBCONTRACT"] = "medium"
    if t["governing_law"] not in ("PRC", None) or not p["forum_mainland"]:
        found["CR-GOVERNING-LAW"] = "low"
    sev = set(found.values())
    risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
    return sorted(found), risk


def check_rules():
    for key, p in PLAN.items():
        rules, risk = apply_rules(p)
        assert rules == sorted(p["rules"]), (key, rules, p["rules"])
        assert risk == p["risk"], (key, risk, p["risk"])
        if (p["terms"]["contract_kind"] == S):
            assert p["terms"]["warranty_months"] is None and p["terms"]["post_warranty_fee_pct"] is None, key
            assert "post_warranty_fee_capped" not in p["extra"], key
        c = tco(p)
        print("  %s %-6s %2d finding(s) %s%s" % (key, risk, len(rules), ", ".join(r[3:] for r in rules) or "(none)",
              "" if c is None else "  [TCO %.0f, post-warranty %.0f = %.2f %%]" % (c["tco"], c["post_fees"], c["share_pct"])))
    counts = sorted(len(p["rules"]) for p in PLAN.values())
    assert counts.count(0) == 2 and counts[-1] == 10, counts
    one = [k for k, p in PLAN.items() if len(p["rules"]) == 1]
    assert len(one) == 1 and apply_rules(PLAN[one[0]])[1] == "low", one
    assert sum(1 for c in counts if c in (2, 3)) == 6, counts
    fired = set(r for p in PLAN.values() for r in p["rules"])
    print("rules re-applied: ok; %d of 20 CR rules fire at least once" % len(fired))

# ================================================================================================================
# Checks 3: no figure on a policy §3 / §4 threshold, in digits, Chinese numerals or words (self-tested regexes)
# ================================================================================================================
CN = "〇零一二三四五六七八九十百千两"
PCT = r"\s*(?:[%％]|per\s*cent\b|percent\b)"
THRESHOLDS = {
    "availability 99.9": [r"(?<![\d.,])99[.,]90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])"],
    "P1 response 4 hours": [r"(?<![\d.,])4\s*(?:个)?(?:工作|自然)?小时", r"(?<![%s])四\s*个?(?:工作|自然)?小时" % CN,
                            r"(?<![\d.,])4[\s-]*(?:\(four\)\s*)?(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h)\b",
                            r"\bfour[\s-]*(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b",
                            r"(?<![\d.,])240\s*(?:分钟|minutes?)"],
    "LD 0.05 % per day": [r"(?<![\d.,])0[.,]050*(?!\d)", r"万分之五(?![十百千点一二三四五六七八九])", r"千分之零点五",
                          r"(?<![\d.,])0[.,]5\s*‰", r"(?<![\d.,])0[.,]00050*(?!\d)"],
    "liability cap 100 %": [r"(?<![\d.,])100(?:[.,]0+)?" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
                            r"\bone\s+hundred\s+(?:per\s*cent|percent)"],
    "prepayment 30 %": [r"(?<![\d.,])30(?:[.,]0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"\bthirty\s+(?:\(30\)\s*)?(?:per\s*cent|percent)"],
    "warranty 12 months": [r"(?<![\d.,])12\s*个?月", r"(?<![%s])十二\s*个?月" % CN, r"(?<![%s])[一壹]\s*年" % CN.replace("一", ""),
                           r"(?<![\d.,])1\s*年", r"(?<![\d.,])365\s*(?:日|天|days?)",
                           r"(?<![\d.,])12[\s-]*(?:\(twelve\)\s*)?(?:calendar\s+)?months?\b",
                           r"\btwelve[\s-]*(?:\(12\)\s*)?(?:calendar\s+)?months?\b",
                           r"(?<![\d.,])1[\s-]*(?:\(one\)\s*)?years?\b", r"\bone[\s-]*(?:\(1\)\s*)?years?\b"],
    "post-warranty fee 15 %": [r"(?<![\d.,])15(?:[.,]0+)?" + PCT, r"百分之十五(?![点])",
                               r"\bfifteen\s+(?:\(15\)\s*)?(?:per\s*cent|percent)"],
    "TCO share 40 %": [r"(?<![\d.,])40(?:[.,]0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成",
                       r"\bforty\s+(?:\(40\)\s*)?(?:per\s*cent|percent)"],
    "TCO horizon 5 years": [r"(?<![\d.,])5\s*年", r"(?<![%s])[五伍]\s*年" % CN.replace("五", ""),
                            r"(?<![\d.,])60\s*个?月", r"六十\s*个?月",
                            r"(?<![\d.,])5[\s-]*(?:\(five\)\s*)?years?\b", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b",
                            r"(?<![\d.,])60[\s-]*months?\b", r"\bsixty[\s-]*months?\b"],
}
SELF_TEST_HIT = ["可用率不低于99.9%", "availability of 99.90 %", "4小时内响应", "四小时", "4 个工作小时", "within 4 hours",
                 "4-hour", "four (4) business hours", "240分钟", "0.05%", "万分之五", "0.5‰", "100%", "100 per cent",
                 "百分之一百", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "三成", "12个月", "十二个月",
                 "质保一年", "1年", "壹年", "twelve months", "12-month", "one year", "one-year", "1 year", "365 days",
                 "15%", "百分之十五", "fifteen percent", "40%", "forty per cent", "百分之四十", "五年", "5年", "60个月",
                 "five years", "5-year", "60 months", "第一年", "每一年"]
SELF_TEST_MISS = ["99.95%", "99.5%", "99.99%", "24小时", "24 hours", "14小时", "48 hours", "0.08%", "万分之八",
                  "万分之二", "0.5 g/m²", "150%", "200%", "1,000元", "35%", "130%", "3.5%", "二十四个月", "十八个月",
                  "18 months", "24 months", "2025年", "2026年6月30日", "三十六个月", "36 months", "115%", "0.15%",
                  "140%", "40 metres", "4 metres", "64,800", "三年半", "2.5 μSv/h", "45%", "25%", "55%", "5%",
                  "1 hour", "2 hours", "12 hours", "120 days", "十五日", "十四个统筹地区", "年度",
                  "three years", "two years", "four weeks", "CNY 1,500", "15 minutes", "15分钟", "30分钟", "30 days"]


def threshold_hits(text):
    hits = []
    for name, pats in THRESHOLDS.items():
        for pat in pats:
            for m in re.finditer(pat, text, flags=re.I):
                hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20].replace("\n", " ")))
    return hits


def self_test_regexes():
    for s in SELF_TEST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in SELF_TEST_MISS:
        assert not threshold_hits(s), ("regex wrongly hits", s, threshold_hits(s))
    print("threshold regexes self-test: ok (%d must-hit, %d must-miss)" % (len(SELF_TEST_HIT), len(SELF_TEST_MISS)))


# ================================================================================================================
# Build, read back, check, write labels
# ================================================================================================================
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [para.text for para in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def norm(text, lang):
    return re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)


def label(key, p):
    return {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": p["terms"],
            "expected_extra": p["extra"], "expected_rules": sorted(p["rules"])}


def main():
    self_test_regexes()
    check_prices()
    check_rules()
    targets = {}
    for key, p in PLAN.items():
        kind = p["file"].rsplit(".", 1)[1]
        if kind in ("docx", "pdf"):
            targets[key] = (p["file"], kind)
        else:
            (OUT / p["file"]).write_text(SOURCES[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", p["file"])
    sys.dont_write_bytecode = True          # leave no __pycache__ next to ../word_pdf.py
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    problems = []
    print("text lengths as read back:")
    for key, p in PLAN.items():
        text = read_back(OUT / p["file"])
        if p["lang"] == "zh":
            nonws, total = len(re.sub(r"\s", "", text)), len(text)
            print("  %-70s %5d characters without whitespace, %5d with" % (p["file"], nonws, total))
            if not (2800 <= nonws <= 3300 and 2800 <= total <= 3300):
                problems.append((key, "length", nonws, total))
        else:
            words = len(text.split())
            alnum = len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])
            print("  %-70s %5d words (%d with a letter or digit)" % (p["file"], words, alnum))
            if not (1500 <= words <= 1700 and 1500 <= alnum <= 1700):
                problems.append((key, "length", words, alnum))
        flat = norm(text, p["lang"])
        for fig in p["figs"]:
            if norm(fig, p["lang"]) not in flat:
                problems.append((key, "figure not in text", fig))
        for variant in (text, flat):
            for hit in threshold_hits(variant):
                problems.append((key, "threshold") + hit)
    for pr in dict.fromkeys(problems):
        print("PROBLEM", pr)
    assert not problems, "%d problem(s)" % len(problems)
    print("labelled figures present, no threshold value in any read-back text: ok")
    for key, p in PLAN.items():
        name = p["file"].rsplit(".", 1)[0] + ".json"
        (OUT / name).write_text(json.dumps(label(key, p), ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote", name)


if __name__ == "__main__":
    main()
