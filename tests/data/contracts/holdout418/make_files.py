"""holdout418: ten ordinary draft contracts (5 zh, 5 en) with labels, written blind from policy.md / API.md.

Run: /work/main/.venv/bin/python -B make_files.py   (writes the ten contracts, the ten .json labels, and checks
lengths, threshold figures, label-derived rules against the design list and full coverage of the 20 CR rules).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, compliant)
H418Z01 = """T:衢州市基层医疗卫生机构绩效考核平台建设项目合同
P:合同编号：QZWJ-ZFCG-2025-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：衢州市卫生健康委员会
P:乙方（供应商）：杭州医策信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件（项目编号QZZC-2025-0318）及乙方投标文件，甲乙双方经协商一致，就基层医疗卫生机构绩效考核平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供基层医疗卫生机构绩效考核平台软件（以下简称“平台”）的永久使用许可，并按甲方需求完成定制开发、部署实施、数据对接和培训，使平台覆盖全市6个县（市、区）共214家乡镇卫生院、社区卫生服务中心及其下属站点。
P:1.2 定制开发内容包括：国家基层绩效考核指标与本市考核细则的指标库配置、考核数据自动采集接口（对接区域全民健康信息平台、基本公共卫生服务系统、家庭医生签约服务系统）、考核评分与排名模块、整改督办模块、考核结果分析驾驶舱及移动端查询功能。详细功能以附件1《需求规格说明书》为准。
P:1.3 平台部署于甲方指定的政务云资源，乙方不另行提供云资源。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾贰万元整（¥1,820,000.00），为含税固定总价，包括软件许可、定制开发、实施、培训、质保期内服务及乙方为履行本合同所需的全部费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|绩效考核平台软件永久许可（软件许可小计）|1套|860,000
TB:2|定制开发（指标库、采集接口、评分排名、整改督办、驾驶舱、移动端）|1项|742,000
TB:3|部署实施及数据对接|1项|186,000
TB:4|用户培训（市、县两级管理员及机构填报人员）|1项|32,000
TB:合计|||1,820,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方提交等额有效发票，甲方支付合同总价的20%作为预付款，即¥364,000。
P:3.2 平台完成部署、数据对接并通过初验后，甲方支付合同总价的45%，即¥819,000。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即¥637,000。
P:3.4 乙方已于合同签订前提交履约保证金¥54,600，终验合格后20个工作日内由甲方无息退还。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后60日内完成平台部署及数据对接，90日内完成全部定制开发并提交初验申请。
P:4.2 初验通过后进入试运行期，试运行期为3个月，须覆盖一个完整的季度考核周期。
H:第五条 验收
P:5.1 初验标准：（1）附件1所列功能全部实现；（2）与三个外部系统的接口连续运行7日，采集数据与源系统逐条核对无差异；（3）200个并发用户下页面响应时间不超过3秒；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 终验标准：试运行期内完成一次完整的季度考核并生成考核结果；试运行期内未发生一级故障；乙方已提交全部技术文档、源代码及部署说明。
P:5.3 初验、终验均由甲方组织，并出具书面验收报告。平台上线使用或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、考核指标政策调整适配及远程技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外，且须提前3个工作日通知甲方）。故障分级响应：一级故障（平台无法访问或考核数据无法采集）30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题1个工作日内答复。
P:6.3 乙方未达到6.2约定的，一级故障每超时1小时扣减¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。扣减金额从终验款或履约保证金中扣除。
P:6.4 质保期满后，甲方如需继续购买运维服务，年度运维费不超过软件许可小计的8%（即每个服务年度不超过¥68,800），质保期满后的前三个服务年度价格不上调。运维服务合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及全市基层医疗卫生机构。
P:7.2 本项目定制开发的程序、接口、指标库配置、报表及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和二次开发，无需另行付费。
P:7.3 乙方保证所提供的软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的考核数据、机构信息、居民健康相关数据及系统日志均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内处理数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求配合完成平台定级备案与测评，落实访问控制、加密传输、操作审计等措施；运维操作须经甲方审批，并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方及相关主体因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开的考核结果及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定的期限完成交付或提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方违反第八条、第九条约定的，除赔偿损失外，甲方有权解除合同。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及附件均为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件1：需求规格说明书；附件2：分项报价表；附件3：服务承诺书。
P:甲方（盖章）：衢州市卫生健康委员会
P:乙方（盖章）：杭州医策信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年6月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, PWF + TCO + LD-LOW)
H418Z02 = """T:拉丝机控制系统改造及维保合同
P:合同编号：GX-SB-2025-0926
P:甲方（买方）：江西赣纤玻璃纤维有限公司
P:乙方（卖方）：常州恒控自动化工程有限公司
P:甲方二号池窑拉丝车间现有24台拉丝机的控制系统老化、备件停产，甲方决定对其进行改造。经比选，甲方确定乙方为供货及实施单位。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、项目范围
P:（一）乙方负责24台拉丝机控制系统的设计、供货、安装、调试及工艺参数整定，包括PLC控制柜、变频器、漏板温度控制仪表、工控机及操作屏、组态及控制软件，并将新系统接入甲方车间生产数据采集系统。
P:（二）改造须在甲方安排的停机窗口内分四批完成，每批6台，每批停机不超过7日，不得影响其余拉丝机正常生产。
P:（三）乙方编制的控制程序须实现拉丝速度与漏板温度联动控制、断丝自动停机、纤维直径在线补偿及生产报表自动生成功能。
P:（四）乙方应对甲方每班操作人员及电气维修人员进行培训，使其能够独立操作和日常维护改造后的控制系统。
H:二、合同价格
P:（一）本合同总价为人民币贰佰捌拾万元整（¥2,800,000.00），含13%增值税、运输、保险、安装调试及质保期内服务费用。
P:（二）分项价格见下表：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制柜|24台，单价49,000元|1,176,000
TB:2|变频器|48台，单价13,500元|648,000
TB:3|漏板温度控制仪表|24套，单价13,000元|312,000
TB:4|工控机及操作屏|6套，单价31,000元|186,000
TB:5|组态及控制软件许可（永久）|1套|158,000
TB:软硬件小计|||2,480,000
TB:6|安装调试|1项|236,000
TB:7|工艺参数整定及培训|1项|84,000
TB:合同总价|||2,800,000
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥560,000。
P:（二）全部设备到货并完成安装后，甲方凭到货签收单支付合同总价的45%，即¥1,260,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）全部24台拉丝机通过最终验收后，甲方支付合同总价的35%，即¥980,000。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与实施
P:（一）乙方应在合同生效后45日内将第一批设备运至甲方车间，并在90日内完成全部四批改造。
P:（二）乙方施工人员须遵守甲方安全生产管理制度，进入窑炉区域须经甲方安全员许可。
P:（三）乙方应在每批改造前提交施工方案及停机计划，经甲方生产部、设备部确认后实施；改造完成后须配合甲方开机试产，试产期间乙方工程师应在现场值守。
P:（四）乙方负责拆除旧控制柜及电缆，拆除物资归甲方所有，乙方应按甲方指定地点堆放。
H:五、验收
P:（一）每批改造完成后连续运行72小时，满足以下条件的，甲方出具单批验收记录：拉丝速度控制偏差不超过设计值的±0.5%；漏板温度控制偏差不超过±1℃；断丝自动停机功能每台测试三次均有效；生产数据正确上传至甲方数据采集系统。
P:（二）四批全部完成后，系统连续稳定运行30日，未发生因控制系统原因导致的停产，且乙方已提交图纸、程序源文件及操作维护手册的，甲方组织最终验收并出具书面验收报告。
P:（三）设备安装完毕或投入生产使用，均不视为最终验收合格。
P:（四）最终验收不合格的，乙方应在15日内完成整改并申请复验；复验仍不合格的，甲方有权解除合同并要求乙方返还已付款项。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件出现非人为损坏的故障，乙方免费维修或更换。
P:（二）故障响应：一级故障（拉丝机因控制系统原因停机）乙方应在30分钟内响应，2小时内派工程师到达现场，8小时内恢复生产；二级故障2小时内响应，24小时内处理完毕。
P:（三）乙方每超时1小时，向甲方支付¥1,000；因乙方原因停机超过24小时的，另按每台每日¥3,000赔偿甲方损失。
P:（四）质保期内乙方每季度进行一次预防性巡检并提交巡检报告，并在甲方仓库存放常用备件，备件清单作为技术协议附件。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方为甲方提供年度维保服务，内容包括驻场工程师一名、季度预防性维护、备品备件更换（单件价值5,000元以下）及控制程序优化。
P:（二）年度维保费按软硬件小计的26%计取，即每个维保年度¥644,800，在各维保年度内该费用固定不变，于每个维保年度结束后凭维保服务报告支付。
P:（三）维保服务期内，乙方未按第六条第（二）项时限响应的，按第六条第（三）项标准向甲方支付违约金。
P:（四）维保服务期限届满前，双方另行协商是否续签。
H:八、知识产权
P:（一）乙方为本项目编制的控制程序、组态画面、报表模板及其源文件，知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）组态软件及设备内嵌软件的知识产权归其原权利人，甲方享有永久使用权。
H:九、数据安全
P:（一）生产工艺参数、产量及质量数据属于甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方信息部门逐次审批，并通过甲方工控安全网关进行；乙方不得在控制系统中设置任何远程后门。
P:（三）发现数据泄露或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并配合处置。因乙方原因导致数据泄露或安全事件的，乙方承担全部赔偿责任。
P:（四）乙方人员离场时应交回全部账号及调试设备，并删除其中存储的甲方数据。
H:十、保密
P:乙方对在本合同履行中知悉的甲方配方、工艺参数、生产计划及其他商业秘密负有保密义务，保密期限至相关信息公开之日止。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方提供的设备不符合合同约定的，甲方有权要求更换，由此产生的费用由乙方承担。
H:十二、分包
P:乙方不得转包本合同。电气安装中的桥架敷设工作如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。甲方因生产计划调整需要暂停实施的，应提前10日书面通知乙方，双方协商调整进度。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交九江仲裁委员会仲裁，仲裁裁决是终局的。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力；技术协议与本合同不一致的，以本合同为准。
P:甲方：江西赣纤玻璃纤维有限公司（盖章）    授权代表：__________    日期：2025年9月  日
P:乙方：常州恒控自动化工程有限公司（盖章）    授权代表：__________    日期：2025年9月  日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, AUTO-RENEWAL + SLA-AVAILABILITY)
H418Z03 = """烘焙门店订货及会员管理SaaS服务及实施合同

合同编号：MXF-IT-2025-044
甲方（客户）：成都麦香坊烘焙连锁有限公司
乙方（服务商）：上海云焙信息科技有限公司

鉴于甲方在四川省内经营55家烘焙门店及一个中央工厂，需要统一的门店订货、配送及会员管理系统；乙方拥有“云焙”门店管理SaaS平台并具备实施能力。双方依据《中华人民共和国民法典》，订立本合同。

1. 服务内容
1.1 乙方向甲方55家门店及总部开通云焙SaaS平台的订货、配送、库存、收银对接及会员管理模块，并提供总部运营分析模块。
1.2 乙方负责实施服务：门店及商品主数据初始化、既有会员数据（约38万条）迁移、与甲方收银系统及微信小程序的对接、门店店长及总部人员培训。
1.3 平台由乙方部署在中国境内的云资源上，甲方通过浏览器、平板及小程序使用。
1.4 乙方为甲方指定一名客户成功经理，负责日常需求对接，每月提供平台使用情况报告，每季度与甲方召开一次服务回顾会议。

2. 服务期限
2.1 订阅服务期为三个服务年度，自上线验收合格之日起算。首个服务年度自上线验收合格之日起至次年同日的前一日止，以后各服务年度依此类推。
2.2 服务期满前60日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。每次续展时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续展前30日书面通知甲方新价格。
2.3 甲方在续展期内不再需要本服务的，可于该续展期开始前书面通知乙方不再续展。

3. 费用
3.1 费用明细：
（1）门店订阅费：55家门店 × 每店每服务年度¥3,600 = 每服务年度¥198,000；
（2）总部运营分析模块订阅费：每服务年度¥46,000；
（3）订阅费合计每服务年度¥244,000，三个服务年度共计¥732,000；
（4）实施费（一次性）：¥88,000。
3.2 合同总价为¥820,000（含6%增值税）。续展期费用另计。
3.3 门店新增或关闭的，按实际开通门店数和开通天数调整次季度订阅费。
3.4 上述费用已包含平台使用、版本升级、标准接口、数据存储（含历史订单数据）及日常技术支持费用。

4. 付款
4.1 订阅费按季度结算，每季度结束后10个工作日内，乙方开具发票，甲方在收到发票后15个工作日内支付该季度订阅费。
4.2 实施费在上线验收合格后一次性支付。
4.3 甲方无需在服务开始前支付任何款项。
4.4 乙方开具的发票应列明所属季度、开通门店数及订阅费金额；发票不合规的，甲方付款期限相应顺延。

5. 实施与上线验收
5.1 乙方应在合同签订后45日内完成全部门店上线。
5.2 上线验收标准：（1）55家门店均能完成订货、收货、盘点及会员积分操作；（2）迁移会员数据与原系统逐条核对，数量和积分余额无差异；（3）收银系统对接连续5个营业日无漏单；（4）中央工厂能按门店订单生成配送单。
5.3 甲方在乙方提交上线验收申请后7个工作日内组织验收，并签署上线验收报告。门店开始使用系统不视为验收合格。
5.4 因乙方原因未能按5.1约定的期限完成上线的，每逾期一日，乙方向甲方支付违约金¥600。
5.5 上线后30日为稳定期，乙方应安排实施顾问驻场支持，协助门店解决操作问题。

6. 服务水平
6.1 平台月度可用率不低于99.5%（每月计划内维护不超过8小时，须安排在凌晨1点至5点并提前通知甲方）。
6.2 故障响应：一级故障（全部或多数门店无法订货或收银对接中断）30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决；一般问题1个工作日内答复。
6.3 服务抵扣：月度可用率低于约定值的，按当月订阅费的5%抵扣；低于98%的，按当月订阅费的10%抵扣；一级故障每超时1小时，抵扣¥500。抵扣金额从下一季度订阅费中扣除。
6.4 乙方应提供7×24小时故障报修热线及在线工单系统，甲方门店可直接报修。
6.5 平台版本升级须提前5个工作日通知甲方；涉及门店操作变化的，乙方应提供操作说明及培训视频。

7. 数据归属与数据安全
7.1 甲方的商品、订单、门店经营数据及会员个人信息均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
7.2 乙方应遵守《个人信息保护法》《数据安全法》，对会员个人信息加密存储，实行最小权限访问和操作日志记录，并每日备份。平台已通过网络安全等级保护第三级测评。
7.3 发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方造成的全部损失，包括甲方向会员承担的赔偿。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交还甲方，并在甲方确认后删除平台中的甲方数据。
7.5 乙方人员访问甲方会员个人信息须经甲方授权，并仅限于故障处理所需的最小范围。

8. 知识产权
8.1 云焙平台的知识产权归乙方所有。
8.2 乙方为甲方开发的收银对接程序、定制报表及门店配置方案归甲方所有，甲方可自行使用、修改或交由第三方使用。

9. 保密
9.1 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。
9.2 乙方不得在宣传材料中使用甲方名称或商标，但经甲方书面同意的除外。

10. 责任限制
10.1 除数据安全事件及故意或重大过失外，任何一方在本合同项下的累计赔偿责任以合同总价的两倍为限。
10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

11. 分包
11.1 乙方使用的云基础设施服务商为阿里云计算有限公司，甲方签署本合同即视为同意。除此之外，乙方将本合同任何服务分包给第三方的，须事先取得甲方书面同意。

12. 合同解除
12.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，并按实际服务天数结算订阅费。
12.2 连续两个月月度可用率低于98%的，甲方有权解除合同。
12.3 合同解除或终止的，乙方应按7.4条交还数据，并配合甲方完成向新系统的迁移；迁移期间平台继续可用，最长不超过60日。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 争议提交成都仲裁委员会仲裁。

14. 其他
14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
14.2 附件一《门店清单》、附件二《功能清单》、附件三《上线验收报告模板》均为本合同组成部分。

甲方：成都麦香坊烘焙连锁有限公司（盖章）        乙方：上海云焙信息科技有限公司（盖章）
授权代表：__________                              授权代表：__________
日期：2025年8月  日                               日期：2025年8月  日
"""

# ---------------------------------------------------------------- z04 (txt, 第X节 + （1）, TERMINATION + CONFIDENTIALITY)
H418Z04 = """公务用车管理系统年度运维服务合同

项目名称：市公务用车管理系统运维服务项目
采购方式：竞争性磋商
项目编号：YZJG-CS-2025-011
甲方：扬州市机关事务管理局
乙方：南京驰远信息技术有限公司

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就市公务用车管理系统运维服务订立本合同。

第一节 服务内容
（1）本系统包括公务用车申请审批、派车调度、车辆定位监控、维修保养及加油管理、统计分析等子系统，服务对象为市级机关142家单位及市公务用车服务中心。
（2）乙方提供的运维服务包括：日常巡检、故障处理、系统安全加固、数据备份与恢复演练、适应性功能调整（全年不超过40人日）、车载终端平台对接维护及用户技术支持。
（3）乙方应派驻运维工程师2名在甲方驻场办公，工作日8:30至17:30在岗，其他时间提供电话及远程值守。驻场工程师须具备三年以上同类系统运维经验，其中一人须持有数据库认证证书；人员名单作为合同附件，更换人员须提前7日书面申请并经甲方同意。
（4）乙方应在服务期开始后30日内完成系统运行状况评估，提交评估报告及年度运维计划，并于服务期内完成操作系统及数据库的版本升级。
（5）乙方应建立运维工作台账，记录巡检、故障、变更及用户咨询情况，每月5日前向甲方提交上月运维月报。
（6）遇重大活动、节假日等保障时段，乙方应按甲方要求安排专人现场值守，保障期间系统不得进行非紧急变更。
（7）系统接入车载定位终端1,380台，乙方负责平台侧接入维护；终端硬件维修不在本合同范围内，但乙方应协助甲方判断故障原因。

第二节 服务期限
（1）服务期自2025年7月1日起至2026年6月30日止。
（2）服务期满本合同自行终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。
（3）服务期满时，乙方应配合甲方完成与下一服务商的交接，交接期不超过30日，交接期间乙方继续履行运维义务，不另行收费。

第三节 合同金额与支付
（1）合同总价为人民币叁拾捌万陆仟元整（¥386,000.00），包括人员、工具、备品、差旅及税费等全部费用。
（2）运维费按季度支付，每季度¥96,500。每季度结束后，甲方按第五节完成季度考核，乙方开具发票后15个工作日内甲方支付该季度费用。
（3）甲方不支付预付款。
（4）乙方开具的发票须注明项目名称、所属季度及金额，甲方按财政国库集中支付程序付款。

第四节 服务水平
（1）系统月度可用率不低于99.95%。
（2）一级故障（系统整体无法使用或派车调度中断）：30分钟内响应，2小时内恢复；二级故障（单一子系统不可用）：1小时内响应，8小时内恢复；三级问题：1个工作日内解决。
（3）每日完成数据库增量备份，每周完成全量备份，每季度进行一次恢复演练。
（4）乙方未达到上述服务水平的，一级故障每超时1小时扣减运维费¥800，二级故障每超时1小时扣减¥300；月度可用率每低于约定值0.01个百分点扣减¥500。扣减在当季度运维费中结算。
（5）系统变更须提前提交变更方案，经甲方同意后在非工作时间实施，并做好回退准备。
（6）乙方应每季度进行一次安全漏洞扫描，发现高危漏洞的，应在5个工作日内完成修复。

第五节 考核与验收
（1）甲方每季度按照附件《运维服务考核表》对乙方进行考核，考核内容包括故障处理时效、巡检记录、备份记录、驻场人员出勤及用户满意度，满分100分。
（2）季度考核得分低于80分的，甲方有权要求乙方更换驻场人员，并扣减当季度运维费的5%。
（3）服务期满前15日，乙方提交年度运维总结、全部运维记录、配置文档及账号清单，甲方据此组织年度验收。年度验收以四个季度考核结果及移交资料完整为标准，并出具书面验收意见。
（4）年度验收不合格的，乙方应在15日内补充完善相关资料，并按甲方要求整改。

第六节 数据安全
（1）系统中的车辆、驾驶员、用车记录及定位轨迹数据均属于甲方所有，乙方仅可为运维目的在甲方授权范围内访问，不得下载、复制、留存或用于其他任何用途。
（2）乙方应落实网络安全等级保护第二级要求，所有运维操作通过甲方堡垒机进行并留存日志，账号实行专人专用，离岗时当日注销。
（3）发生数据泄露、篡改或系统遭受攻击的，乙方应在1小时内报告甲方，并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
（4）乙方驻场人员须签署数据安全承诺书，并参加甲方组织的网络安全培训。
（5）服务期满或人员更换时，乙方应在当日交回全部账号、门禁卡及存储介质，并删除运维终端上留存的系统数据。

第七节 知识产权
（1）服务期内乙方为甲方编写的功能调整程序、脚本、报表及其源代码，知识产权归甲方所有，乙方应随年度验收一并移交。
（2）乙方提供的运维工具软件，知识产权归乙方所有，甲方在服务期内可免费使用。

第八节 违约责任
（1）乙方未按第一节第（4）项约定的期限提交评估报告或完成版本升级的，每逾期一日，按合同总价的千分之一支付违约金。
（2）乙方驻场人员无故缺岗的，每人每日扣减运维费¥600。
（3）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
（4）乙方违反第六节约定造成数据安全事件的，除承担赔偿责任外，还应按合同总价的5%支付违约金。

第九节 分包
（1）乙方不得将本合同服务转包或者分包。
（2）乙方不得以劳务派遣、挂靠等方式变相分包，驻场工程师须为乙方正式员工，并提供社保缴纳证明。

第十节 合同的履行
（1）本合同签订后，双方应全面履行，任何一方不得单方解除合同。
（2）乙方出现违约情形的，甲方可按第四节、第八节扣减费用或收取违约金，并要求乙方限期整改；乙方应继续履行本合同至服务期满，甲方不因乙方违约而解除合同。
（3）因不可抗力致使合同目的不能实现的，双方可协商终止合同。

第十一节 争议解决
（1）本合同适用中华人民共和国法律。
（2）争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十二节 其他
（1）磋商文件、响应文件、成交通知书及《运维服务考核表》为本合同组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（3）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：扬州市机关事务管理局            乙方（盖章）：南京驰远信息技术有限公司
代表签字：__________                         代表签字：__________
日期：2025年6月  日                          日期：2025年6月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template, many problems)
H418Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

**湘仓智联标准合同文本 V3.0**

合同编号：XCZL-WMS-2025-0187

甲方（用户）：湖南武冈香卤坊食品有限公司

乙方（开发方）：长沙湘仓智联软件有限公司

甲方因卤味豆干产品成品仓、原辅料仓及冷库管理需要，向乙方购买湘仓WMS仓储管理系统软件使用许可并委托乙方进行定制开发。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供湘仓WMS仓储管理系统软件的永久使用许可（1个仓储中心、3个库区）及手持终端（PDA）使用授权40个。

1.2 乙方根据甲方需求进行定制开发，内容包括：批次及保质期管理（按生产日期先进先出）、冷库温度记录对接、称重设备对接、与甲方ERP系统的出入库单据接口、经销商发货扫码及追溯查询。

1.3 乙方负责系统安装部署、基础数据导入及操作培训，并提供系统操作手册及管理员手册各一套（电子版）。

1.4 软件许可使用期限为永久，但仅限甲方在许可范围内的仓储中心使用。

## 第二条 合同价款

2.1 合同总价为人民币陆拾壹万元整（¥610,000.00），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 湘仓WMS软件永久许可 | 1套 | 286,000 |
| 2 | PDA终端使用授权 | 40个 | 48,000 |
|  | 软件许可小计 |  | 334,000 |
| 3 | 定制开发 | 1项 | 218,000 |
| 4 | 安装部署、数据导入及培训 | 1项 | 58,000 |
|  | 合计 |  | 610,000 |

2.2 上述价格不含PDA硬件、服务器及数据库软件，相关设备由甲方自行采购。

2.3 甲方增加仓库、库区或PDA授权数量的，按乙方届时报价另行签订补充协议。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的60%作为预付款，即¥366,000。乙方收到预付款后开始实施。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的剩余款项，即¥244,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方收到款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 实施周期

4.1 乙方在收到预付款后75个工作日内完成系统部署及定制开发，并安排上线。

4.2 因甲方需求变更、基础数据提供不及时或现场条件不具备造成延误的，实施周期相应顺延。乙方将尽合理努力按计划推进项目。

4.3 甲方应在乙方进场前准备好服务器、网络、PDA硬件及基础数据，并指定项目联系人配合实施。

4.4 甲方提出的需求变更，乙方评估后另行报价，双方确认后实施，实施周期相应顺延。

## 第五条 上线与验收

5.1 系统安装完成并在甲方仓库上线运行后，即视为甲方验收合格。

5.2 上线后发现的问题，乙方在免费维护期内予以处理。

5.3 系统上线后甲方提出的新增需求，不属于缺陷修复范围，乙方另行收费。

## 第六条 免费维护与技术支持

6.1 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 故障响应：一级故障（仓库无法收发货）乙方在接到甲方报修后8小时内响应，二级故障在2个工作日内响应，其他问题在5个工作日内答复。

6.3 乙方将尽力按上述时限处理故障，但乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

6.4 免费维护期内，乙方提供电话、微信及远程技术支持，服务时间为工作日9:00至18:00；需上门服务的，甲方承担乙方人员差旅费用。

6.5 因甲方操作不当、擅自修改系统配置、硬件故障或第三方软件造成的问题，不属于免费维护范围。

6.6 乙方有权根据产品规划对软件进行升级，升级后部分功能可能调整，乙方将提前通知甲方。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准执行。

7.2 未签订维护协议的，乙方按次收取上门服务费。

7.3 维护服务内容包括远程技术支持、缺陷修复及版本升级，具体以年度维护协议为准。

## 第八条 知识产权

8.1 湘仓WMS软件及其全部版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码的知识产权归乙方所有，甲方在约定范围内享有非独占的使用权，不得修改、反向工程或向第三方提供。

8.3 甲方不得将本软件复制、转让、出租或用于甲方以外的其他单位。

## 第九条 数据

9.1 甲方在系统中录入和产生的库存、批次、客户及发货数据归甲方所有。

9.2 乙方应采取访问控制、数据加密及操作日志等安全措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

9.3 为改进产品和服务，甲方同意乙方可对甲方业务数据进行脱敏处理后，用于乙方的产品研发、行业分析及向其他客户提供的增值服务，该等使用在本合同终止后继续有效。

9.4 甲方应自行做好服务器数据的日常备份，因甲方未备份造成的数据丢失，乙方不承担责任。

## 第十条 保密

10.1 双方对在合作中获得的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 保密期限为本合同终止后两年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任以合同总价的20%为限，且不承担任何间接损失、利润损失或数据损失。

11.3 因不可抗力、网络故障、甲方硬件故障等非乙方原因造成系统无法使用的，乙方不承担责任。

11.4 甲方逾期付款超过30日的，乙方有权停止全部服务并收回软件使用许可。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，甲方已支付的款项不予退还，但因乙方严重违约导致解除的除外。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

13.2 争议解决期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同文本为乙方标准文本，双方另有书面约定的以书面约定为准。

14.3 本合同附件：附件一《需求确认书》；附件二《实施计划》；附件三《软件许可证书》。

甲方（盖章）：湖南武冈香卤坊食品有限公司　　　　授权代表：__________

乙方（盖章）：长沙湘仓智联软件有限公司　　　　授权代表：__________

签订日期：2025年10月  日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, WARRANTY + LIABILITY-CAP)
H418E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ALT-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Shaoxing Lanhua Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer"); and
P:(2) Sistemas Altamar S.A. de C.V., a company incorporated in Mexico with its principal office in Zapopan, Jalisco, Mexico (the "Vendor").
P:Background: The Customer operates a dyeing and finishing mill with about 420 production machines and wishes to replace its paper-based maintenance records with a computerised maintenance management system. The Vendor publishes the Altamar CMMS software and has offered perpetual licences together with implementation services. At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Altamar CMMS server software and named-user client software in the versions listed in Schedule 1, including updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile work-order forms, configuration files and related documentation developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Software is used by the Customer's maintenance department for all production machines in the live environment.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for the internal business of the Customer and its affiliates, for up to 120 named users.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer shall not decompile the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Schedule 2, including installation, configuration of the asset register for all production machines, development of the Custom Deliverables, data migration from the Customer's spreadsheets, an interface to the Customer's ERP system for spare-parts requisitions, and training of administrators and maintenance technicians.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and shall perform on-site work at the Customer's mill in Shaoxing. Remote work is permitted only through the access arrangements in Article 9.
P:3.3 The Vendor shall complete Go-Live within 100 days after the effective date of this Agreement.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,360,000, inclusive of applicable taxes, made up as follows:
P:(a) server licence: CNY 144,000;
P:(b) 120 named-user licences at CNY 6,800 each: CNY 816,000;
P:(c) licence subtotal: CNY 960,000;
P:(d) implementation services and Custom Deliverables: CNY 372,000;
P:(e) training: CNY 28,000.
P:4.2 The Customer shall pay: (a) 10% of the total price within 30 days after signature of this Agreement against the Vendor's invoice; (b) 55% of the total price within 30 days after Go-Live; and (c) 35% of the total price within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account in China named in its invoice. Withholding taxes required by PRC law shall be deducted from the payments, and the Customer shall provide tax certificates.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days. During that period the Vendor shall demonstrate that: (a) the asset register contains all production machines with their spare-parts lists; (b) preventive maintenance orders are generated on schedule for every machine; (c) the ERP interface transfers requisitions without error for 20 consecutive working days; (d) all reports in Schedule 2 produce correct results against test data agreed with the Customer; and (e) no Severity 1 defect remains open.
P:5.2 When the criteria in Article 5.1 are met, the Customer shall issue a Final Acceptance certificate within ten working days or give written reasons for refusal. Installation, Go-Live, use of the Software or any payment does not by itself constitute acceptance.
P:5.3 If the criteria are not met, the Vendor shall correct the defects at its own cost and the acceptance period shall be repeated for the affected items.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for a period of ninety (90) days after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge.
P:6.2 After the Warranty Period, corrections are provided only under the Annual Support Services in Article 7.
H:Article 7 Annual Support Services
P:7.1 After the Warranty Period the Customer may order Annual Support Services, which include telephone and remote support, defect correction, and new versions of the Software.
P:7.2 The Annual Support Fee is thirteen per cent (13%) of the licence subtotal, that is CNY 124,800 for each support year. The Vendor shall not increase the Annual Support Fee for any support year ordered while the licence remains in force.
P:7.3 Support is ordered by the Customer's purchase order for each support year and does not renew automatically.
P:7.4 Service levels during the Warranty Period and any support year: Severity 1 (the Software is unavailable or work orders cannot be created) response within one hour and a workaround within eight hours; Severity 2 response within two hours; Severity 3 response within two working days. For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit CNY 1,000 against the next payment or support fee due.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver the source code of the Custom Deliverables with the Final Acceptance documents. The Customer may use, modify and license the Custom Deliverables freely, including to third-party service providers.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Data Protection and Security
P:9.1 All data entered into or generated by the Software, including machine records, maintenance history and personal information of the Customer's employees, belongs to the Customer. The Vendor shall process it only to perform this Agreement and on the Customer's instructions.
P:9.2 The Software is hosted on the Customer's servers. The Vendor's remote access shall be approved by the Customer for each session and made through the Customer's VPN with multi-factor authentication. The Vendor shall not copy Customer data outside the Customer's systems. Test data shall be anonymised by the Customer before it is given to the Vendor.
P:9.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer data, and shall be responsible for all losses caused by a security incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to fifty per cent (50%) of the total price. This limit does not apply to liability for personal injury, fraud, or breach of Article 9.
P:11.3 Neither party is liable for indirect or consequential loss.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for undelivered services, and the Customer shall keep the licences paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai. The arbitration shall be conducted in English and Chinese.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (Software and licence quantities) and Schedule 2 (Implementation scope, reports and project plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is executed in English and Chinese. Both versions have equal effect.
P:Signed for the Customer: ____________________ Name / Title / Date
P:Signed for the Vendor: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, SLA-MISSING + DATA-OWNERSHIP)
H418E02 = """# ORDER FORM

**Nube Andina S.A.S. - Aprende Cloud Learning Platform**

Order Form No. NA-2025-CN-0147

| Item | Details |
|---|---|
| Provider | Nube Andina S.A.S., Carrera 43A No. 7-50, Medellín, Antioquia, Colombia |
| Customer | Hangzhou Jinglan Hotel Management Co., Ltd., Xihu District, Hangzhou, Zhejiang, PRC |
| Service | Aprende Cloud learning management platform, hosted in mainland China |
| Authorised Users | 800 named staff users across the Customer's 23 hotels |
| Subscription Term | Two Subscription Years starting on the Service Start Date |
| Service Start Date | The date of Onboarding Acceptance under Section 3 of this Order Form |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## 1. Fees

| Fee | Calculation | Amount (CNY) |
|---|---|---|
| Subscription fee | 800 users x CNY 360 per Subscription Year x 2 Subscription Years | 576,000 |
| Onboarding fee (one-time) | configuration, course migration, SSO set-up, administrator training | 24,000 |
| Total fees under this Order Form | | 600,000 |

1.1 The subscription fee for each Subscription Year is CNY 288,000. It is invoiced in four equal quarterly instalments of CNY 72,000 at the start of each quarter of service.

1.2 The onboarding fee is invoiced after Onboarding Acceptance. No amount is invoiced before the Service Start Date.

1.3 The Customer pays each invoice within 30 days after receipt of a valid PRC VAT invoice issued by the Provider's Shanghai service company.

1.4 Additional users may be added at CNY 360 per user per Subscription Year, pro rata for the remainder of the Subscription Year.

## 2. Onboarding

2.1 The Provider shall set up the Customer's tenant, migrate the Customer's 64 existing training courses and quiz banks, configure single sign-on with the Customer's WeCom account, set up the organisation structure of all 23 hotels, and train 30 administrators.

2.2 The Provider shall complete onboarding within 40 days after signature of this Order Form. If onboarding is not completed by that date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 420 for each day of delay, deducted from the onboarding fee and the first subscription invoice.

## 3. Onboarding Acceptance

3.1 Onboarding is accepted when the Customer confirms in writing that: (a) all 64 courses and quiz banks open and score correctly; (b) single sign-on works for a test group of 50 users in at least five hotels; (c) course completion reports per hotel and per department match the test records; and (d) the administrators have been trained.

3.2 The Customer shall confirm or give written reasons for refusal within seven working days after the Provider's notice of completion. Use of the platform by staff before that confirmation is not acceptance.

## 4. Renewal

4.1 This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## 5. Order of Precedence

5.1 This Order Form is governed by the General Terms below. If they conflict, this Order Form prevails.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

---

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Content" means courses, documents, videos, quiz banks, employee records and other material uploaded to the Service by or for the Customer, and the learning records created by Authorised Users.

1.2 "Service" means the Aprende Cloud platform described in the Order Form, including its web and mobile applications.

1.3 "Subscription Year" means each successive period of 365 days starting on the Service Start Date or on an anniversary of it.

## 2. Provision of the Service

2.1 The Provider shall make the Service available to Authorised Users during the Subscription Term in accordance with its documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to perform scheduled maintenance outside the Customer's peak hours.

2.3 Support is provided by e-mail and through the online help centre on business days. The Provider will handle support requests in the order in which they are received.

2.4 The Provider may improve or change the features of the Service, provided the core functions used by the Customer are not materially reduced.

## 3. Customer Content and Data

3.1 The Customer owns the Customer Content. The Customer grants the Provider a licence to host, copy and process Customer Content as needed to provide the Service.

3.2 The Customer agrees that the Provider may create aggregated and de-identified data from Customer Content and from the use of the Service, and may use that data, during and after the Subscription Term, to develop and improve its products, to train its course-recommendation models and to publish industry learning benchmarks.

3.3 Customer Content is stored in data centres in mainland China. The Provider shall not transfer personal information out of mainland China.

## 4. Data Security

4.1 The Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Content in transit and at rest, restrict access to its personnel who need it, and keep access logs for at least 180 days.

4.2 The Provider shall notify the Customer within 48 hours after becoming aware of a security incident affecting Customer Content, shall take prompt remedial action, and shall be liable for the losses the Customer suffers as a result of an incident caused by the Provider's breach of this Section 4.

4.3 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in processing personal information contained in Customer Content.

## 5. Intellectual Property

5.1 The Provider owns the Service and all improvements to it.

5.2 Course configurations, learning paths, certificates and reports created by the Provider specifically for the Customer during onboarding belong to the Customer, which may use, copy, modify and disclose them without restriction.

## 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form, and protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

## 7. Subcontracting

7.1 The Provider uses Alibaba Cloud in mainland China as its hosting provider, which the Customer approves by signing the Order Form. Any other subcontractor or sub-processor requires the Customer's prior written consent.

## 8. Liability

8.1 Each party's total liability under the Order Form and these General Terms is limited to twice the total fees under the Order Form.

8.2 The limit in Section 8.1 does not apply to breach of Section 4 or Section 6, to personal injury, or to wilful misconduct.

8.3 Neither party is liable for loss of profits or indirect loss.

## 9. Term and Termination

9.1 The Order Form runs for the Subscription Term stated in it.

9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

9.3 On termination for the Provider's breach the Provider shall refund any prepaid fees for the period after termination.

9.4 Within 30 days after the end of the Subscription Term the Provider shall make Customer Content available for export in standard formats and shall then delete it, except the data described in Section 3.2.

## 10. Governing Law and Disputes

10.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## 11. General

11.1 Notices must be in writing and sent to the addresses in the Order Form.

11.2 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

11.3 Neither party is liable for delay caused by events beyond its reasonable control.

11.4 These General Terms are written in English; a Chinese translation is provided for convenience.

## 12. Customer Responsibilities

12.1 The Customer is responsible for the accuracy of Customer Content, for obtaining any consent of its employees needed for the Service, and for keeping user credentials secure.

12.2 The Customer shall not use the Service to store payment card data or to upload material that infringes third-party rights, and shall ensure that Authorised Users comply with the acceptable use rules in the documentation.

12.3 The Customer shall nominate a project contact and provide course files and organisation data in the formats reasonably requested by the Provider during onboarding.

## 13. Warranties

13.1 Each party warrants that it has the authority to enter into the Order Form. The Provider warrants that the Service will perform materially in accordance with its documentation and that it will not introduce malicious code into the Service.

13.2 If the Service does not perform as warranted, the Provider shall correct the non-conformity at no additional charge.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper, compliant)
H418E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Installation
P:Contract No. BBL-EQ-2025-062
P:Buyer: Guangxi Beibu Gulf Cold Chain Logistics Co., Ltd., Qinzhou Port Area, Qinzhou, Guangxi, People's Republic of China (the "Buyer").
P:Supplier: Andes Sensórica S.A.C., Calle Mercaderes 214, Arequipa, Peru, acting in China through its appointed installation partner named in Annex 3 (the "Supplier").
P:Whereas the Buyer operates a cold-store site of six chambers for frozen seafood and fruit at Qinzhou Port and wishes to install continuous temperature, humidity and ammonia monitoring; and whereas the Supplier manufactures monitoring sensors and software and has submitted the winning quotation in the Buyer's request for quotation; the parties agree as follows. This Contract is made on the Buyer's standard purchase terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, deliver, install, calibrate and commission the equipment and software listed in Section 2 (the "System") at the Buyer's cold-store site (the "Site"), and shall train the Buyer's staff.
P:1.2 The System shall record the temperature and humidity of each storage chamber and loading dock at intervals of not more than one minute, detect ammonia leaks in the machine room and chambers, send alarms by SMS and WeCom, and keep records in a form that meets the Buyer's food-safety traceability requirements.
P:1.3 The monitoring software shall be installed on the Buyer's own server at the Site. No cloud service is included.
P:1.4 Training: the Supplier shall provide a three-day course at the Site for up to ten operators and two engineers, covering daily use, alarm handling, battery replacement, basic calibration checks and server backup, with training materials in Chinese.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 700,000, priced in CNY, fixed, and inclusive of VAT, delivery duty paid to the Site, customs clearance, installation, calibration, training and all warranty services.
P:2.2 Price schedule:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, -40 to +60 degrees C|180|1,150|207,000
TB:2|LoRa gateways with backup battery|12|8,400|100,800
TB:3|Ammonia leak detectors, 0-1000 ppm|16|9,600|153,600
TB:4|Monitoring server and perpetual software licence|1|138,600|138,600
TB:Hardware and licence subtotal||||600,000
TB:5|Installation, cabling and calibration|1 lot|86,000|86,000
TB:6|Training of operators and engineers|1 lot|14,000|14,000
TB:Contract Price||||700,000
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Site within 50 days after signature and complete installation and commissioning within 75 days after signature.
P:3.2 Installation work shall be scheduled with the Buyer so that no more than one chamber is affected at a time, and the Supplier shall follow the Buyer's cold-store safety rules, including the rules for work in ammonia areas.
P:3.3 The Supplier is responsible for export from Peru, sea and land transport, import customs clearance in China, import duties and any certificates required for the equipment, including radio type approval for the wireless sensors and gateways.
P:3.4 Each delivery shall be accompanied by a packing list, certificates of origin and factory calibration certificates for every sensor and detector. Equipment damaged in transport shall be replaced by the Supplier at its own cost without delaying the installation schedule.
P:3.5 Title and risk in the equipment pass to the Buyer on delivery to the Site, without prejudice to the Buyer's rights under Sections 5 and 6.
H:Section 4 Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price within 30 days after delivery and installation of the whole System, confirmed by an installation certificate signed by both parties. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance under Section 5.
P:4.4 The Supplier's installation partner shall issue PRC VAT invoices for each payment.
H:Section 5 Acceptance
P:5.1 After commissioning the System shall run for 30 consecutive days (the "Trial Run"). Final Acceptance requires that during the Trial Run: (a) no sensor misses more than five scheduled readings in any day; (b) a comparison with a calibrated reference thermometer in each chamber shows a deviation of no more than plus or minus 0.3 degrees C; (c) alarms are received within 60 seconds in three simulated over-temperature tests and one ammonia gas test per chamber; (d) the traceability reports in Annex 2 are produced correctly; and (e) the Supplier has delivered calibration certificates, drawings and manuals.
P:5.2 The Buyer shall issue a Final Acceptance certificate within seven working days after the criteria are met, or state in writing which criteria are not met. Installation, commissioning or use of the System in operation does not constitute acceptance.
P:5.3 If the System fails the Trial Run, the Supplier shall correct the defects at its own cost and the Trial Run shall be repeated.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour, travel and shipping.
P:6.2 Fault levels and response: a Critical fault (loss of monitoring or alarms for a whole chamber or the machine room) requires remote response within 30 minutes and an engineer on Site within 24 hours; a Major fault (several sensors or one gateway failed) requires response within two hours and repair within three working days; other faults are handled within five working days.
P:6.3 For each hour by which the Supplier is late in responding to a Critical fault the Supplier shall pay CNY 500, and for each day by which it is late in repairing a Major fault CNY 300.
P:6.4 After the warranty period, the Buyer may order annual support services at a fee of 6% of the hardware and licence subtotal, that is CNY 36,000 for each support year, fixed for the first two support years after the warranty. Support is ordered by a separate purchase order and does not renew automatically.
P:6.5 The Supplier shall keep spare parts available for at least seven years after Final Acceptance.
H:Section 7 Buyer Data and Security
P:7.1 All readings, alarm records, logs and reports produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's VPN with individual accounts. The Supplier shall not copy Buyer data out of the Buyer's systems, and shall not install any remote-access tool other than that approved by the Buyer.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer data, shall help the Buyer to contain it, and shall compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:Section 8 Intellectual Property
P:8.1 The Supplier keeps the intellectual property in its standard sensor firmware and monitoring software and grants the Buyer a perpetual licence to use them with the System.
P:8.2 The site layout drawings, alarm rules, report templates and configuration files prepared for the Buyer belong to the Buyer, which may modify them and give them to other service providers.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's site layout, customer information, security arrangements and other non-public information, and shall not disclose them to any third party without the Buyer's written consent, during this Contract and for three years after it ends.
H:Section 10 Liquidated Damages
P:10.1 If the Supplier fails to complete installation and commissioning by the date in Section 3.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Liquidated damages do not release the Supplier from its other obligations.
H:Section 11 Subcontracting
P:11.1 The installation partner named in Annex 3 is approved by the Buyer on signature. Any other subcontracting requires the Buyer's prior written consent. The Supplier is responsible for the work of its installation partner and any subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if liquidated damages reach their maximum.
P:12.2 On termination the Supplier shall refund payments received for equipment not accepted and shall remove that equipment from the Site at its own cost.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:Section 14 General
P:14.1 Annexes: Annex 1 technical specifications; Annex 2 traceability reports; Annex 3 installation partner.
P:14.2 This Contract is signed in Chinese and English in four originals; both languages have equal effect.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules as tables, DATA-SECURITY + AUTO-RENEWAL + SUBCONTRACT)
H418E04 = """# MANAGED CLOUD OPERATIONS SERVICES AGREEMENT

Agreement No. SC-CN-2025-019

**Between**

**Ningbo Jiale Home Appliances Co., Ltd.**, a company incorporated in the People's Republic of China, registered at Haishu District, Ningbo, Zhejiang ("Customer"); and

**Servicios Cordillera SpA**, a company incorporated in Chile, with its principal office at Avenida Brasil 2950, Valparaíso, Chile ("Provider").

**Background.** Customer runs its online shop, order management system and dealer portal on public cloud infrastructure in mainland China. Customer wishes to outsource the day-to-day operation of that environment. Provider offers round-the-clock managed cloud operations from its operations centres and has agreed to provide them on the terms below. All charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed cloud operations services described in Schedule 1.

1.2 "Managed Environment" means the cloud accounts, virtual servers, databases, containers, load balancers and network components listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate under clause 4.

1.4 "Initial Term" means 24 months from the Service Commencement Date.

1.5 "Customer Data" means all data stored in or processed through the Managed Environment, including order records, customer personal information, dealer records and logs.

## 2. Services

2.1 Provider shall provide the Services in accordance with this Agreement and the service levels in Schedule 2.

2.2 Provider shall monitor the Managed Environment 24 hours a day, handle incidents, apply patches in agreed maintenance windows, manage backups, scale resources on Customer's request, and report monthly on performance, incidents, capacity and cloud spending.

2.3 Provider's personnel shall follow Customer's change management procedure. No production change may be made without Customer's approval, except emergency actions needed to restore service, which shall be reported within one working day.

2.4 Customer shall give Provider administrator access to the Managed Environment, keep its cloud accounts in good standing, and tell Provider in advance of planned marketing campaigns that may need extra capacity.

2.5 Provider shall assign a named service manager who speaks Chinese and is available during Customer's business hours, and shall attend a monthly service review meeting with Customer's IT manager to discuss incidents, changes, capacity forecasts and proposals to reduce cloud costs.

2.6 Provider shall keep a record of all changes, incidents and requests in a ticketing system that Customer can view at any time, and shall give the records to Customer on request.

2.7 Cloud infrastructure charges are paid by Customer directly to the cloud provider and are not part of this Agreement.

## 3. Transition

3.1 Provider shall perform the transition described in Schedule 1, Part B, including documentation of the Managed Environment, set-up of monitoring and alerting, runbooks for all critical systems, and a backup restore test, within 45 days after signature.

3.2 If transition is not completed within that period for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay.

## 4. Service Acceptance

4.1 Transition is complete when Provider has demonstrated to Customer that: (a) all components in Schedule 1 are monitored and alerts reach the on-duty engineer; (b) runbooks exist and have been walked through with Customer's IT team; (c) a full restore of the order database has succeeded in a test environment; and (d) a simulated P1 incident has been handled within the Schedule 2 targets.

4.2 Customer shall sign a Service Acceptance Certificate within five working days after the demonstration or state in writing which requirement is not met.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3.

5.2 The Transition Fee is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

5.3 Customer shall pay each correct invoice within 30 days after receiving a valid PRC VAT invoice issued by Provider's local billing agent.

5.4 No charges are payable before the Service Commencement Date other than the Transition Fee once Service Acceptance has occurred.

## 6. Term and Renewal

6.1 This Agreement starts on signature and continues for the Initial Term.

6.2 At the end of the Initial Term, and at the end of each renewal period, this Agreement renews automatically for a further period of six months unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

6.3 Provider may increase the Monthly Service Charge for each renewal period by up to 6%, by written notice given at least 75 days before that renewal period begins.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

7.2 At the end of this Agreement, Provider shall return control of the Managed Environment and all Customer Data to Customer.

## 8. Intellectual Property

8.1 Runbooks, scripts, infrastructure templates, monitoring configurations and reports created by Provider for Customer under this Agreement belong to Customer, which may use and modify them and give them to any successor provider.

8.2 Provider keeps its own tools and know-how and grants Customer a perpetual, free licence to any of them embedded in the deliverables in clause 8.1.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement, and disclose it only to employees and contractors who need to know it and are bound by equivalent duties.

9.2 This clause continues for three years after termination.

## 10. Subcontracting

10.1 Provider may subcontract any part of the Services to its affiliates or to third parties by giving Customer written notice of the subcontractor's name and the subcontracted services. Provider remains responsible for its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 3.

11.2 The limit does not apply to personal injury, fraud or wilful misconduct.

11.3 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if the monthly availability in Schedule 2 is missed in three consecutive months.

12.2 On any termination Provider shall provide reasonable exit assistance for up to 60 days at the rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 This Agreement, including its Schedules, is the entire agreement between the parties.

14.2 Amendments must be in writing and signed by both parties.

14.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to continue performance.

14.4 Notices shall be in writing and sent to the addresses above. Neither party may assign this Agreement without the other party's written consent.

14.5 This Agreement is signed in English; a Chinese translation is attached for convenience.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

---

## Schedule 1 - Managed Environment and Transition

| Part | Content |
|---|---|
| A. Managed Environment | 86 virtual servers, 9 database instances, 2 container clusters, 6 load balancers, VPN gateways and object storage for the online shop, order management system and dealer portal |
| B. Transition | documentation of all components, monitoring and alerting set-up, runbooks, backup policy review, full restore test, handover from Customer's current team |
| C. Reporting | monthly service report and monthly service review meeting with Customer's IT manager |

## Schedule 2 - Service Levels

| Service level | Target | Service credit |
|---|---|---|
| Availability of the online shop and order management system (monthly, excluding agreed maintenance windows) | 99.95% | 5% of the Monthly Service Charge for each 0.05 percentage point below target, up to 25% |
| P1 incident (online shop or order system down) | response within 15 minutes, restoration within 2 hours | CNY 2,000 for each hour of delay in restoration |
| P2 incident (degraded service or one non-critical system down) | response within 30 minutes, restoration within 8 hours | CNY 500 for each hour of delay |
| P3 request | response within 1 working day | none |

## Schedule 3 - Charges

| Charge | Amount (CNY) |
|---|---|
| Transition Fee (one-time) | 54,000 |
| Monthly Service Charge | 46,500 per month |
| Monthly Service Charges for the Initial Term (24 months) | 1,116,000 |
| Total Contract Value (Initial Term) | 1,170,000 |
| Exit assistance and additional work | CNY 2,400 per engineer day |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, GOVERNING-LAW only)
H418E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement reference: DP-API-2025-CN-08

PARTIES

Datos Pampa S.A., a company incorporated in the Argentine Republic, with its registered office at Bv. Oroño 1260, Rosario, Santa Fe, Argentina ("Provider").

Dalian Haifeng Feed Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jinzhou District, Dalian, Liaoning ("Customer").

BACKGROUND

Customer produces compound feed for pig and poultry farms in north-east China and buys soybean meal and maize in large volumes. Customer's purchasing team needs daily South American crop, weather, export and port data to plan its purchases. Provider operates the Pampa Agro Data API, which supplies such data in machine-readable form. The parties therefore agree as follows. All amounts are stated and payable in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means Provider's Pampa Agro Data application programming interface and its documentation.

1.2 "Data Products" means the data sets listed in Annex A: daily soybean, soybean meal and maize prices at Rosario and Paranaguá, crop condition indices by province, weather observations and forecasts for the main growing regions, export registrations and port line-ups.

1.3 "Custom Feeds" means the combined data views and the purchasing dashboard that Provider configures specifically for Customer under clause 3.2.

1.4 "Customer Data" means the API keys, user accounts, query history, watch lists, purchase volume assumptions and any other data that Customer uploads or that the API records about Customer's use.

1.5 "Subscription Year" means each successive period starting on the Activation Date or on an anniversary of it and ending on the day before the next anniversary.

2. TERM

2.1 The subscription runs for two Subscription Years from the Activation Date.

2.2 The subscription may be renewed for a further Subscription Year at the same fee and on the same terms if Customer sends a written renewal request at least 30 days before the end of the second Subscription Year. There is no automatic renewal.

3. SERVICE

3.1 Provider shall give Customer access to the Data Products through the API for up to 25 named users and up to two million API calls per calendar month.

3.2 Provider shall configure two Custom Feeds: a daily purchasing feed that combines prices, exchange rates and freight estimates in CNY per tonne, and a weekly crop outlook feed for Customer's purchasing dashboard.

3.3 Provider shall activate the production API and the Custom Feeds within 30 days after signature (the "Activation Date" being the date of Activation Acceptance under clause 4).
3.4 Provider shall source the Data Products from exchanges, government agencies and its own field network as described in Annex A, and shall correct any error in a Data Product within one business day after it is reported or discovered, marking corrected values in the API.

3.5 Provider shall give Customer at least 60 days' written notice before withdrawing or materially changing any Data Product or API version, and shall keep the previous API version available for at least 90 days after a new version is released.

3.6 Provider shall provide a half-day online training session for Customer's users and analysts, in Chinese or with a Chinese interpreter, within two weeks after the Activation Date.

4. ACTIVATION ACCEPTANCE

4.1 Provider shall demonstrate to Customer over ten consecutive business days that: (a) all Data Products in Annex A are delivered daily by 08:00 Beijing time; (b) historical data is complete from 2015 onwards; (c) the median API response time is below 500 milliseconds; and (d) the Custom Feeds reconcile with the underlying Data Products.

4.2 Customer shall sign an Activation Acceptance certificate within five business days after a successful demonstration or state in writing which requirement was not met. Use of the API during the demonstration is not acceptance.

4.3 If Provider fails to activate the production API and the Custom Feeds by the date in clause 3.3 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 168,000 for each Subscription Year, so CNY 336,000 for the two Subscription Years of the term. There is no set-up or one-time fee.

5.2 The fee for each Subscription Year is invoiced at the start of that Subscription Year and paid within 30 days after Customer receives a valid invoice. Withholding taxes required by PRC law are deducted from the payment.

5.3 API calls above two million in a calendar month are charged at CNY 0.02 per call, invoiced monthly in arrears.

6. SERVICE LEVELS

6.1 Provider shall keep the API available 99.95% of each calendar month, measured at Provider's API gateway and excluding maintenance announced at least five days in advance and carried out on Sundays between 02:00 and 06:00 Beijing time.

6.2 Incident response: Severity 1 (API unavailable or daily data not delivered) response within one hour and restoration within six hours; Severity 2 (one Data Product late or incomplete) response within three hours and correction within one business day; Severity 3 response within two business days. Support is given in English and Chinese.

6.3 Service credits: if monthly availability falls below the commitment in clause 6.1, Provider credits 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50%; and CNY 500 for each hour by which a Severity 1 restoration is late. Credits are deducted from the next invoice or refunded at the end of the term.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data Products and the API. Customer receives a non-exclusive, non-transferable licence to use the Data Products for its internal business during the term and to keep and use data downloaded during the term after it ends.

7.2 The Custom Feeds and the purchasing dashboard configuration, and all analyses, reports and forecasts that Customer derives from the Data Products, belong to Customer, which may use, modify and license them freely.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use it only to provide the service and shall not use it for analysis, benchmarking, product development or any other purpose, in identified, aggregated or de-identified form.

8.2 Provider shall protect Customer Data with access controls, encryption in transit and at rest, logging of administrative access and regular security testing, and shall store it in data centres in Singapore and Argentina only as needed to serve Customer.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data or to Customer's API keys, shall revoke and reissue affected keys, and shall be liable for losses Customer suffers from a security incident caused by Provider.

8.4 Within 30 days after the end of the term Provider shall delete Customer Data and confirm the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's purchasing volumes and strategies, use it only for this Agreement, and not disclose it to third parties without written consent. This clause survives for three years after the term.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of the service without Customer's prior written consent, except for its cloud hosting provider named in Annex B. Provider is responsible for any subcontractor.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to two times the total subscription fees for the term.

11.2 The limit does not apply to breach of clauses 8 or 9, to fraud or to wilful misconduct.

11.3 Neither party is liable for indirect loss or loss of profit. Customer remains responsible for its own purchasing decisions made with the data.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 Customer may also terminate by written notice if availability is below 99% in two consecutive months.

12.3 On termination for Provider's breach, Provider shall refund the unused part of the subscription fee paid in advance.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Argentine Republic.

13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the rules of the Arbitration Tribunal of the Buenos Aires Stock Exchange, seated in Buenos Aires, in English.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Neither party is liable for delay caused by events beyond its reasonable control.

14.3 Notices shall be given in writing to the addresses above, with a copy by e-mail to the contacts named in Annex B.

14.4 This Agreement is made in English; a Chinese translation is provided for convenience only.

14.5 This Agreement with Annex A (Data Products) and Annex B (hosting provider) is the entire agreement of the parties and may be amended only in writing signed by both parties.

SIGNATURES

For Datos Pampa S.A.: ____________________ Name / Title / Date

For Dalian Haifeng Feed Co., Ltd.: ____________________ Name / Title / Date
"""

# ================================================================ build
FILES = {  # key -> (file name, format)
    "h418z01": ("h418z01_health_commission_primary_care_performance_platform.pdf", "pdf"),
    "h418z02": ("h418z02_glass_fibre_drawing_machine_control_retrofit.docx", "docx"),
    "h418z03": ("h418z03_bakery_chain_ordering_membership_saas.txt", "txt"),
    "h418z04": ("h418z04_government_fleet_system_annual_om.txt", "txt"),
    "h418z05": ("h418z05_tofu_snack_factory_wms_supplier_template.md", "md"),
    "h418e01": ("h418e01_cmms_perpetual_licence_mexico_vendor.pdf", "pdf"),
    "h418e02": ("h418e02_learning_saas_order_form_colombia_vendor.md", "md"),
    "h418e03": ("h418e03_cold_store_sensors_peru_supplier.docx", "docx"),
    "h418e04": ("h418e04_managed_cloud_operations_chile_provider.md", "md"),
    "h418e05": ("h418e05_agri_data_api_argentina_provider.txt", "txt"),
}
TEXTS = {k.lower(): v for k, v in globals().items() if k.startswith("H418")}
SOURCES = {k: TEXTS[k] for k, (n, f) in FILES.items() if f in ("docx", "pdf")}
TARGETS = {k: FILES[k] for k in SOURCES}

# ---------------------------------------------------------------- labels (buyer's view)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# availability, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
ROWS = {
    "h418z01": (99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "h418z02": (None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 26, False, True, False, "PRC", G),
    "h418z03": (99.5, 0.5, True, "buyer", True, True, True, 600 / 820000 * 100, 200, None, True, None, None, None, True,
                True, False, "PRC", S),
    "h418z04": (99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
                "PRC", S),
    "h418z05": (None, 8, False, "supplier", True, False, True, None, 20, 60, False, False, 6, None, False, True, None, None,
                G),
    "h418e01": (None, 1, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 3, 13, False, True, False, "PRC", G),
    "h418e02": (None, None, False, "buyer", True, False, True, 420 / 600000 * 100, 200, None, True, None, None, None, False,
                True, False, "PRC", S),
    "h418e03": (None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, True, 36, 6, False, True, False, "PRC", G),
    "h418e04": (99.95, 0.25, True, "buyer", False, True, True, 800 / 1170000 * 100, 150, None, True, None, None, None, True,
                True, True, "PRC", S),
    "h418e05": (99.95, 1, True, "buyer", True, True, True, 300 / 336000 * 100, 200, None, True, None, None, None, False,
                True, False, "Argentina", S),
}
CATEGORY = {"h418z01": "software", "h418z02": "hardware", "h418z03": "cloud", "h418z04": "services", "h418z05": "software",
            "h418e01": "software", "h418e02": "cloud", "h418e03": "hardware", "h418e04": "services", "h418e05": "cloud"}
SLA_CLAUSE = {k: k != "h418e02" for k in ROWS}
LD_STATED = {k: k != "h418z05" for k in ROWS}
PWF_CAPPED = {"h418z01": True, "h418z02": True, "h418z05": False, "h418e01": True, "h418e03": True}
DEEMED = {k: k == "h418z05" for k in ROWS}
VALUE = {"h418z01": 1820000, "h418z02": 2800000, "h418z03": 820000, "h418z04": 386000, "h418z05": 610000,
         "h418e01": 1360000, "h418e02": 600000, "h418e03": 700000, "h418e04": 1170000, "h418e05": 336000}
# not label keys: design facts used by my own rule reading
FEE_BASE = {"h418z01": 860000, "h418z02": 2480000, "h418z05": 334000, "h418e01": 960000, "h418e03": 600000}
FORUM_OUTSIDE_MAINLAND = {k: k == "h418e05" for k in ROWS}  # e05: arbitration seated in Buenos Aires

# price sums as written in the texts
assert 860000 + 742000 + 186000 + 32000 == VALUE["h418z01"] and 364000 + 819000 + 637000 == VALUE["h418z01"]
assert 1176000 + 648000 + 312000 + 186000 + 158000 == 2480000 and 2480000 + 236000 + 84000 == VALUE["h418z02"]
assert 24 * 49000 == 1176000 and 48 * 13500 == 648000 and 24 * 13000 == 312000 and 6 * 31000 == 186000
assert 560000 + 1260000 + 980000 == VALUE["h418z02"] and 2480000 * 26 // 100 == 644800
assert 55 * 3600 == 198000 and (198000 + 46000) * 3 + 88000 == VALUE["h418z03"]
assert 4 * 96500 == VALUE["h418z04"]
assert 286000 + 48000 == 334000 and 334000 + 218000 + 58000 == VALUE["h418z05"] and 366000 + 244000 == 610000
assert 144000 + 120 * 6800 == 960000 and 960000 + 372000 + 28000 == VALUE["h418e01"] and 960000 * 13 // 100 == 124800
assert 800 * 360 * 2 + 24000 == VALUE["h418e02"] and 800 * 360 == 288000 and 288000 // 4 == 72000
assert 180 * 1150 + 12 * 8400 + 16 * 9600 + 138600 == 600000 and 600000 + 86000 + 14000 == VALUE["h418e03"]
assert 600000 * 6 // 100 == 36000
assert 46500 * 24 + 54000 == VALUE["h418e04"] and 46500 * 24 == 1116000
assert 168000 * 2 == VALUE["h418e05"]


def label(key):
    terms = dict(zip(TERM_KEYS, ROWS[key]))
    extra = {"sla_clause": SLA_CLAUSE[key], "ld_stated": LD_STATED[key]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = PWF_CAPPED[key]
    extra["acceptance_deemed_on_delivery"] = DEEMED[key]
    extra["contract_value"] = VALUE[key]
    return {"file": FILES[key][0], "language": "zh" if key[4] == "z" else "en", "category": CATEGORY[key],
            "expected_terms": terms, "expected_extra": extra}


def tco_share(lbl, key):
    """Policy §4: horizon 5 years from acceptance; fee for every post-warranty year (partial pro rata); fee base =
    itemised licence / hardware subtotal. None when not computable."""
    t, x = lbl["expected_terms"], lbl["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def my_rules(lbl, key):
    """My own reading of policy.md §3 applied to the labels."""
    t, x = lbl["expected_terms"], lbl["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(lbl, key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or FORUM_OUTSIDE_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    return r


SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

DESIGN = {
    "h418z01": set(),
    "h418z02": {"CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-LD-LOW"},
    "h418z03": {"CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"},
    "h418z04": {"CR-TERMINATION", "CR-CONFIDENTIALITY"},
    "h418z05": {"CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-LD-MISSING", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"},
    "h418e01": {"CR-WARRANTY", "CR-LIABILITY-CAP"},
    "h418e02": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-DATA-OWNERSHIP"},
    "h418e03": set(),
    "h418e04": {"CR-DATA-SECURITY", "CR-AUTO-RENEWAL", "CR-SUBCONTRACT"},
    "h418e05": {"CR-GOVERNING-LAW"},
}


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold figures (must never appear)
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)\s*%", r"(?<![\d.])99\.90*\s*%",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时",
    r"(?<!twenty)(?<!twenty-)(?<!twenty )(?<![a-z])four[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)",
    r"(?<![\d.])0\.050*(?!\d)\s*%", r"万分之五(?![十百千0-9])", r"(?<![\d.])0\.00050*(?!\d)",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"hundred\s*per\s*cent", r"hundred\s*percent",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent", r"thirty\s*percent",
    r"(?<![\d.])12\s*-?\s*个?\s*(?:月|months?)", r"(?<![十\d])十二\s*个?\s*月", r"twelve[\s-]*months?",
    r"(?<![〇零一二三四五六七八九十百千两\d第])一年", r"第一年", r"(?<![a-z])one[\s-]*years?(?![a-z])", r"(?<![\d.])1\s*-?\s*years?(?![a-z])",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五", r"fifteen\s*per\s*cent", r"fifteen\s*percent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s*per\s*cent", r"forty\s*percent",
    r"(?<![\d.])5\s*-?\s*(?:年|years?)", r"(?<![〇零一二三四五六七八九十百千\d])五\s*年", r"(?<![a-z])five[\s-]*years?",
    r"(?<![\d.])60\s*-?\s*个?\s*(?:月|months?)", r"六十\s*个?\s*月", r"sixty[\s-]*months?",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "240 minutes",
            "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "12-month", "一年", "第一年", "one year", "one-year", "15%", "15 %", "40%",
            "四成", "百分之四十", "5年", "5 年", "五年", "five years", "five-year", "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%",
             "150%", "2025年", "2026年", "万分之五十", "服务年度", "Subscription Year", "35%", "45%", "130%", "140%",
             "0.055%", "十一年", "十五年", "25%", "112 months", "240,000", "1,000", "10%", "6%", "5%", "13%", "20%",
             "15日", "30日", "40人日", "12 hours", "50%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RE:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(TEXTS[key], encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    problems, covered = [], set()
    for key, (name, fmt) in FILES.items():
        lbl = label(key)
        rules = my_rules(lbl, key)
        if rules != DESIGN[key]:
            problems.append("%s: derived %s != design %s" % (key, sorted(rules), sorted(DESIGN[key])))
        covered |= rules
        lbl["expected_rules"] = sorted(rules)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lbl, indent=1, ensure_ascii=False), encoding="utf-8")
        t = lbl["expected_terms"]
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        share = tco_share(lbl, key)
        if share is not None and abs(share - 40) <= 2:
            problems.append("%s: TCO share %.2f within 2 points of 40" % (key, share))
        text = read_back(OUT / name)
        for src_name, src in (("built", text), ("source", TEXTS[key])):
            for pat, ctx in threshold_hits(src):
                problems.append("%s %s: threshold figure %r in %r" % (key, src_name, pat, ctx))
        if key[4] == "z":
            n, nws = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            print("%s  %-66s chars %5d (non-space %5d) %s  risk %-6s %s" % (key, name, n, nws, "ok" if ok else "OUT",
                                                                         risk(rules), sorted(rules)))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s  %-66s words %5d %s  risk %-6s %s" % (key, name, n, "ok" if ok else "OUT", risk(rules),
                                                         sorted(rules)))
        if not ok:
            problems.append("%s: length %d out of range" % (key, n))
        if share is not None:
            print("          TCO share %.2f %%" % share)
    all_rules = set(SEVERITY)
    if covered != all_rules:
        problems.append("rules not covered: %s" % sorted(all_rules - covered))
    print("coverage: %d of %d CR rules" % (len(covered & all_rules), len(all_rules)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
