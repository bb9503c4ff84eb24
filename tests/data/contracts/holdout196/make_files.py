"""Builds holdout196: ten ordinary draft contracts (five Chinese, five English), written before any run.

The .md and .txt contracts are written as they stand below. The two .docx and the two .pdf are built with
../word_pdf.py from the small markup below (T: title, H: heading, P: paragraph, TB: table row); the PDFs are
broken into lines at word boundaries (wrap_words=True). Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h196z01 — 市医疗保障局 医保基金智能监管系统 (system integration), 政府采购 公开招标, buyer's paper (.docx)
# ---------------------------------------------------------------------------------------------------------------
H196Z01 = """
T:江屿市医保基金智能监管系统建设项目政府采购合同
P:合同编号：JYYB-ZC-2025-031
P:采购项目编号：JYCG-2025-0417（公开招标）
P:甲方（采购人）：江屿市医疗保障局
P:乙方（供应商）：杭州衡析信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，甲方就“江屿市医保基金智能监管系统建设项目”进行公开招标，乙方中标（中标通知书编号JYCG-2025-0417-ZB）。双方依据招标文件、乙方投标文件及中标通知书，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责建设江屿市医保基金智能监管系统，包括智能监管平台软件、医保监管规则知识库、数据库及中间件、应用服务器的供货，以及与全市1,120家定点医药机构及省医保信息平台的接口改造、数据对接、系统集成、部署、试运行和培训。
P:1.2 系统应实现事前提醒、事中审核、事后监管的全流程监控，覆盖普通门诊、住院、门诊慢特病、定点药店购药等结算场景，功能和性能以招标文件第五章《采购需求》及乙方投标响应为准。
P:1.3 系统部署于江屿市政务云医保专区，乙方不得将系统或数据部署于其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾玖万元整（¥2,590,000.00），含税，为固定总价，包含设备及软件、运输、安装、接口改造、系统集成、试运行、培训及质保期内服务等全部费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|智能监管平台软件许可（规则引擎、场景监控、疑点处理）|1套|1,180,000
TB:2|医保监管规则知识库（含规则2,600条，质保期内免费更新）|1套|236,000
TB:3|数据库及中间件许可|1套|198,000
TB:4|应用服务器|6台|348,000
TB:|软硬件小计||1,962,000
TB:5|定点医药机构接口改造及数据对接|1项|426,000
TB:6|系统集成、部署及试运行|1项|168,000
TB:7|培训|1项|34,000
TB:|合同总价||2,590,000
P:2.2 除本合同另有约定外，合同价款不因市场价格变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥518,000。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%，即¥1,165,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥906,500。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.5 乙方应在每次付款前开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 实施进度
P:4.1 乙方应在合同签订后10日内提交项目实施方案，经甲方确认后实施。
P:4.2 乙方应在合同签订后45日内完成设备到货及软件部署，90日内完成全部接口对接并具备试运行条件，120日内申请初步验收。
P:4.3 乙方项目经理及核心技术人员应与投标文件一致，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收：系统部署完成、接口全部联调通过后，由甲方组织初步验收。验收标准包括：（1）招标文件所列功能逐项测试通过；（2）抽取近三个月结算数据进行规则回溯，规则命中结果经甲方稽核人员复核，误报率不高于8%；（3）在800个并发用户条件下，页面平均响应时间不超过3秒，单笔事前审核不超过1秒；（4）系统通过第三方网络安全等级保护三级测评及商用密码应用安全性评估。
P:5.2 试运行：初步验收合格后进入为期三个月的试运行，试运行期间不得出现一级故障。试运行结束后，乙方提交试运行报告、竣工文档、源代码及操作手册，由甲方组织最终验收，甲方可邀请财政、审计部门及专家参加。
P:5.3 验收应形成书面验收报告，由双方签字确认。系统上线、试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、规则知识库更新及硬件保修服务。
P:6.2 服务水平：系统月可用率不低于99.95%（计划内维护时间除外，计划维护须提前3个工作日经甲方同意）。故障分级及响应时限：一级故障（系统整体不可用或结算审核中断）30分钟内响应、2小时内到场、6小时内恢复；二级故障（部分功能不可用）1小时内响应、8小时内解决；三级故障（一般问题）2个工作日内解决。
P:6.3 乙方未达到上述服务水平的，一级故障响应或恢复每超时1小时，甲方扣减人民币1,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣减款项从质量保证金或应付款项中抵扣。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过软硬件小计的8%（即每年不超过¥156,960），质保期满后三年内不上调。运维合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件、数据库及中间件的知识产权归原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的监管规则、接口程序、数据模型、报表及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所交付的产品不侵犯第三方知识产权，因侵权引起的全部责任由乙方承担。
H:第八条 数据安全
P:8.1 本项目涉及的医保结算数据、参保人员个人信息、定点机构数据及系统日志均归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及医疗保障数据安全管理规定。开发测试仅使用甲方提供的脱敏数据；运维人员须经甲方审批并通过堡垒机访问，操作全程留痕。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因导致的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、监管规则、稽核线索及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成第四条约定节点的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的产品不符合合同约定，或验收不合格且经整改仍不合格的，甲方有权退货或解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的全部或部分义务转包或转让给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过30日仍未完成约定节点；（2）违反第八条、第九条约定；（3）有其他根本违约行为，经甲方书面催告后15日内仍未纠正。
P:12.2 合同解除后，乙方应退还已收取的相应款项，移交已完成的工作成果和全部数据，并赔偿甲方因此遭受的损失。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:15.2 附件：1. 采购需求及技术规格；2. 投标报价明细；3. 实施计划；4. 验收方案。
P:甲方（盖章）：江屿市医疗保障局　　　　乙方（盖章）：杭州衡析信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h196z02 — 轮胎厂 轮胎X光检测设备 supply + post-warranty maintenance, 一、/（一）/1. numbering (.pdf)
# ---------------------------------------------------------------------------------------------------------------
H196Z02 = """
T:轮胎X光检测设备采购及维护服务合同
P:合同编号：RCLT-SB-2025-086
P:甲方（买方）：东营瑞驰轮胎有限公司
P:乙方（卖方）：无锡透视精工检测设备有限公司
P:甲方因全钢及半钢子午线轮胎成品检测线改造，向乙方采购轮胎X光检测设备及配套软件，并委托乙方提供安装调试、培训及质保期满后的维护服务。双方根据《中华人民共和国民法典》等法律法规，经友好协商，签订本合同。
H:一、合同标的及价格
P:（一）设备及软件清单、价格如下（含税，含包装、运输、保险及卸货至甲方车间指定位置）：
P:1. 全钢子午线轮胎X光检测机（型号TX-G620），2台，单价¥1,460,000，小计¥2,920,000；
P:2. 半钢子午线轮胎X光检测机（型号TX-B480），1台，单价¥1,080,000，小计¥1,080,000；
P:3. 缺陷自动识别软件许可（永久授权），3套，单价¥96,000，小计¥288,000；
P:4. 输送、定中及翻转辅机，3套，单价¥74,000，小计¥222,000。
P:以上设备及软件小计为¥4,510,000。
P:5. 安装调试及辐射防护检测配合，¥146,000；
P:6. 操作、维护及辐射安全培训，¥24,000。
P:（二）合同总价为人民币肆佰陆拾捌万元整（¥4,680,000）。除本合同第六条约定的质保期满后维护费外，甲方无须另行支付其他费用。
H:二、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方东营厂区，并在到货后20日内完成安装调试。
P:（二）设备到货后，双方共同开箱清点，签署到货签收单。到货签收仅确认数量及外观，不代表设备质量验收。
P:（三）乙方负责协助甲方办理辐射安全许可变更手续，提供设备射线源参数、屏蔽设计及出厂检测报告。
P:（四）设备应采用适合长途运输的防潮、防震包装，随机提供装箱单、合格证、使用说明书、维护手册、电气原理图及备件清单。因包装不当造成的损坏由乙方负责。
H:三、付款
P:（一）合同生效且乙方提交等额预付款保函后，甲方支付合同总价的10%，即¥468,000。
P:（二）设备全部到货并签署到货签收单后，甲方支付合同总价的50%，即¥2,340,000。
P:（三）设备通过最终验收后，甲方支付合同总价的35%，即¥1,638,000。
P:（四）合同总价的5%，即¥234,000，作为质量保证金，质保期满且无未决质量问题后无息支付。
H:四、验收
P:（一）安装调试完成后，乙方书面通知甲方进行验收。验收标准如下：
P:1. 对甲方提供的标准缺陷样胎（含钢丝断裂、钢丝稀线、胎圈钢丝散开、气泡、异物等缺陷）进行检测，可识别的最小钢丝断口宽度不大于0.2毫米；
P:2. 缺陷自动识别软件对200条抽检样胎的漏检数为零，误判数不超过6条；
P:3. 单条轮胎检测节拍：全钢机不超过45秒，半钢机不超过32秒；
P:4. 设备外表面5厘米处周围剂量当量率符合GBZ 117及当地生态环境部门的要求，并由具备资质的第三方出具检测报告；
P:5. 设备连续72小时带负荷运行，无停机故障。
P:（二）全部标准达到后，双方签署最终验收证书。设备投入生产使用或甲方支付到货款，均不视为验收合格。
P:（三）验收不合格的，乙方应在15日内整改；第二次验收仍不合格的，甲方有权退货并解除合同。
H:五、质量保证及服务水平
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修并更换故障零部件（含X射线管、平板探测器、高压发生器），并免费升级识别软件。
P:（二）故障分级及响应时限：
P:1. 一级故障（设备停机，影响生产线运行）：乙方在接到报修后1小时内远程响应，8小时内派工程师到达现场，24小时内修复或提供备机；
P:2. 二级故障（设备可以运行，但检测精度或节拍下降）：2小时内响应，48小时内修复；
P:3. 三级故障（软件界面、报表等一般问题）：1个工作日内响应，5个工作日内解决。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付人民币500元；一级故障修复每超时1日，向甲方支付人民币3,000元。上述款项可从质量保证金中扣除。
P:（四）乙方应在东营或淄博设立备件库，常备X射线管及平板探测器各一套。
H:六、质保期满后的维护服务
P:（一）质保期满后，乙方为甲方提供全保维护服务，内容包括每季度一次的定期巡检、预防性维护、故障维修、全部零部件（含X射线管、平板探测器）更换及软件升级，服务水平同本合同第五条。
P:（二）年度维护费为设备及软件小计的24%，即每年人民币1,082,400元，按季度支付。质保期满后五年内，年度维护费不作调整。
P:（三）维护服务每年签署一次确认单。甲方可在任一维护年度届满前30日书面通知乙方不再续约。
H:七、知识产权
P:（一）设备内置软件及缺陷自动识别软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:（二）乙方使用甲方轮胎图像为甲方胎型训练的识别模型参数、缺陷判定规则及定制报表，归甲方所有，甲方可自由使用、修改，并可委托第三方维护。
H:八、数据安全
P:（一）设备采集的X光图像、检测记录及生产数据归甲方所有，存储于甲方服务器，乙方仅可为履行本合同使用。
P:（二）乙方远程诊断须经甲方逐次批准，并通过甲方提供的VPN账号进行，不得下载、复制或留存甲方数据。乙方应对其人员进行信息安全培训，并对其人员的行为负责。
P:（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:双方对在合同履行中获知的对方技术资料、工艺参数、价格及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日向甲方支付违约金人民币1,000元。
P:（二）设备不符合合同约定的，甲方有权要求更换、修理或退货，乙方承担由此产生的全部费用。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:十一、分包
P:设备吊装及辐射防护检测可由乙方委托具备资质的第三方实施，但须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。除此之外，乙方不得分包。
H:十二、合同解除
P:（一）乙方逾期交货超过45日，或设备两次验收不合格，或有其他严重违约行为经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交东营仲裁委员会仲裁。
H:十四、其他
P:（一）双方往来通知应以书面形式送达本合同所列地址。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备配置清单、验收大纲，均为本合同的组成部分。
P:甲方（盖章）：东营瑞驰轮胎有限公司　　　　乙方（盖章）：无锡透视精工检测设备有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h196z03 — 驾校连锁 约车与学员管理 SaaS, three years + 实施, Markdown headings (.md)
# ---------------------------------------------------------------------------------------------------------------
H196Z03 = """
# 驾途云约车与学员管理SaaS服务合同

合同编号：RX-SaaS-2025-009

甲方（客户）：成都蓉行驾驶培训连锁有限公司

乙方（服务商）：北京驾途云科技有限公司

鉴于甲方在成都市经营18家驾校门店及6个训练场，需要统一的学员报名、约车排班、教练管理及计时培训数据对接系统，乙方同意以软件即服务（SaaS）方式向甲方提供“驾途云”平台并完成实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 1 服务内容

1.1 订阅服务：乙方通过互联网向甲方提供驾途云平台的使用权，包括学员报名与培训合同管理、在线约车与排班、教练及教练车管理、学时统计、收费与退费管理、经营报表，以及学员端微信小程序和教练端App。

1.2 实施服务：乙方负责平台开通及配置、18家门店组织架构及收费标准配置、历史学员档案迁移（约4.6万条）、与四川省机动车驾驶培训计时监管平台的数据对接、与甲方财务系统的收款对账接口开发，以及管理员和教练培训。

1.3 短信、电子合同签署等按量计费的增值服务，按附件二所列单价按月结算，不计入合同总价。

## 2 服务期限与续订

2.1 订阅服务期限为三年，自平台上线验收合格之日起计算。

2.2 订阅期满前60日内任何一方未书面提出不续订的，本合同自动续订，每次续订期为一个订阅年度。续订时，乙方有权按其届时公布的标准价目表调整订阅费，但每次上调幅度不超过10%。

## 3 费用

3.1 本合同费用如下（含税）：

| 项目 | 单价 | 数量 | 年费用（元） | 三年合计（元） |
|---|---|---|---|---|
| 门店版订阅 | 8,600元/店/年 | 18店 | 154,800 | 464,400 |
| 教练端账号 | 360元/个/年 | 260个 | 93,600 | 280,800 |
| 订阅费小计 | | | 248,400 | 745,200 |
| 实施服务（一次性） | | | | 126,000 |
| 合同总价 | | | | 871,200 |

3.2 合同总价为人民币捌拾柒万壹仟贰佰元整（¥871,200）。服务期内门店或账号数量增加的，按上表单价按剩余服务期折算增加费用；数量减少的，费用不予减少。

## 4 付款

4.1 订阅费按季度结算。每个服务季度结束后15日内，乙方提交上季度服务报告及发票，甲方确认后支付当季订阅费人民币62,100元。

4.2 实施服务费人民币126,000元，在上线验收合格后一次性支付。

4.3 本合同不设预付款。

## 5 实施与上线验收

5.1 乙方应在合同签订后45日内完成实施并书面申请上线验收。

5.2 上线验收标准：（1）迁移的学员档案与甲方原系统逐条核对一致，学时、缴费及退费金额差异为零；（2）计时平台对接通过监管部门联调测试，学时数据能够实时上传；（3）在2,000名学员同时在线约车的压力测试下，约车提交的响应时间不超过2秒；（4）附件一所列功能全部测试通过。

5.3 验收合格的，双方签署上线验收单。平台开通、试用或甲方门店开始使用，均不视为验收合格。

## 6 服务水平

6.1 平台月可用率不低于99.5%。计划内维护应安排在每日23:00至次日6:00之间，并提前48小时通知甲方。

6.2 故障分级：一级故障（平台无法登录、无法约车或计时数据上传中断）15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障（一般咨询及优化需求）1个工作日内答复。

6.3 服务赔偿：月可用率低于99.5%但不低于99%的，减免当月订阅费的5%；低于99%的，减免当月订阅费的10%；一级故障恢复每超时1小时，另减免当月订阅费的1%。单月减免合计不超过当月订阅费的25%。

## 7 知识产权

7.1 驾途云平台及其底层软件的知识产权归乙方所有，甲方在服务期内享有使用权。

7.2 乙方为甲方定制的经营报表、财务对账接口程序及配置成果归甲方所有，甲方可自由使用、修改，并可交由第三方维护。

## 8 数据权属与数据安全

8.1 甲方及学员录入或产生的数据，包括学员身份信息、人脸照片、学时记录、缴费信息等，均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。

8.2 平台部署于境内通过网络安全等级保护三级测评的云环境。乙方应对个人敏感信息加密存储和传输，实施最小权限访问控制，并保留操作日志不少于六个月。

8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿。

8.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。

## 9 保密

双方对因本合同获知的对方商业秘密、经营数据、收费政策及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 10 违约责任

10.1 乙方未按第5.1条约定期限完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。

10.2 乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但数据安全事件、侵犯知识产权及乙方故意或重大过失造成的损失不受此限。

10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

## 11 转包与分包

乙方不得转包本合同。乙方将任何部分服务分包给第三方的，须事先取得甲方书面同意，并对分包方的行为承担责任。

## 12 合同解除

12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，或连续两个月月可用率低于99%的，甲方有权解除合同，乙方应退还甲方已付但尚未提供服务期间的费用，并按第8.4条交付数据。

12.2 甲方逾期付款超过60日且经催告仍未支付的，乙方可暂停服务，但应提前10日书面通知甲方。

## 13 不可抗力与通知

13.1 因不可抗力或电信运营商骨干网络故障导致服务中断的，受影响方应及时通知对方，并采取合理措施减少损失；该期间不计入可用率考核，但乙方应在条件恢复后尽快恢复服务。

13.2 双方指定的项目联系人及联系方式见附件三。一方变更联系人的，应提前书面通知对方。

## 14 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 15 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一：功能清单；附件二：增值服务价格表；附件三：实施计划及项目联系人。

甲方（盖章）：成都蓉行驾驶培训连锁有限公司

乙方（盖章）：北京驾途云科技有限公司

签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h196z04 — 区统计局 统计数据采集平台 annual O&M, 政府采购 询价, 第X条 + （一）/1. (.txt)
# ---------------------------------------------------------------------------------------------------------------
H196Z04 = """
青岚市临溪区统计数据采集平台运维服务合同

项目编号：QLLX-XJ-2025-112
采购方式：询价
甲方（采购人）：青岚市临溪区统计局
乙方（供应商）：青岚数维信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及询价采购文件，乙方为本项目成交供应商。双方就临溪区统计数据采集平台运维服务事宜，经协商一致，订立本合同。询价通知书、乙方报价文件及成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：临溪区统计数据采集平台，包括企业联网直报前置系统、基层统计台账子系统、统计数据审核查询模块，以及平台所在的服务器、数据库、中间件和网络安全设备。
（二）服务内容：
1. 驻场运维：乙方派驻1名运维工程师在甲方办公场所工作，工作日8:30至17:30在岗；月报、季报及年报集中上报期间，在岗时间延长至21:00。
2. 系统巡检及安全加固：每月巡检一次并提交巡检报告；每季度开展一次漏洞扫描，出具报告并完成加固。
3. 应用缺陷修复及小版本优化：修复平台缺陷，按国家统计局统计报表制度的变化调整采集表式及审核规则。
4. 数据备份与恢复演练：每日增量备份、每周全量备份，每半年开展一次恢复演练。
5. 重点时段保障：年报、经济普查等重点时段提供现场值守及应急保障。
（三）服务地点为甲方办公场所及机房。乙方确需远程处理故障的，须经甲方逐次同意，并使用甲方提供的专用通道。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同即行终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第三条 合同价款
本合同总价为人民币肆拾壹万元整（¥410,000），含税，为固定总价。分项如下：
1. 驻场运维服务：¥216,000；
2. 系统巡检及安全加固：¥48,000；
3. 应用缺陷修复及小版本优化：¥86,000；
4. 数据备份与恢复演练：¥22,000；
5. 重点时段保障：¥38,000。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核结果确认后15个工作日内支付当季服务费人民币102,500元（按考核结果扣减后的金额）。
（三）乙方应在每次付款前开具合法有效的发票。

第五条 服务水平
（一）故障分级及时限：
1. 一级故障（平台整体不可用，或集中上报期间企业无法报送数据）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（部分模块或部分用户无法使用）：30分钟内响应，8小时内解决；
3. 三级故障（一般问题、咨询）：2个工作日内解决。
（二）集中上报期间，平台可用率不低于99.95%。
（三）乙方未达到上述服务水平的，响应、到场或恢复每超时1小时，扣减当季服务费人民币500元；集中上报期间可用率每低于承诺值0.01个百分点，扣减人民币1,000元。扣减款项从当季服务费中抵扣。

第六条 考核与验收
（一）季度考核：甲方每季度按附件所列考核表对乙方进行考核，满分100分。得分90分及以上的，全额支付当季服务费；80分至89分的，扣减当季服务费的5%；低于80分的，扣减当季服务费的10%，乙方应在10个工作日内提交整改报告。
（二）年度验收：服务期满前，甲方组织年度验收。验收标准包括：各月巡检报告及季度漏洞扫描报告齐全；高危漏洞全部完成整改；半年度恢复演练全部成功；全年未发生因乙方原因导致的数据丢失；表式调整均在报表制度规定的启用日前完成。验收结果以书面形式确认。

第七条 数据安全
（一）平台中的统计数据、调查对象信息、用户账号及日志均归甲方所有。乙方仅能为本合同约定的运维目的接触上述数据，不得复制、下载、留存，不得向任何第三方提供，不得用于任何其他目的。
（二）乙方应遵守《中华人民共和国统计法》《中华人民共和国数据安全法》及政务数据安全管理规定。乙方人员只能在甲方机房或经甲方批准的终端上，通过堡垒机访问平台，操作全程记录；运维账号实行专人专用，人员离岗当日注销。
（三）发生数据泄露、篡改、丢失或其他安全事件的，乙方应在1小时内报告甲方，并立即采取处置措施、配合调查；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第八条 知识产权
运维过程中形成的脚本、配置文档、运维手册及采集表式调整程序，知识产权归甲方所有，乙方应在服务期满时全部移交，甲方可自由使用、修改或交由其他服务商使用。

第九条 人员管理
（一）乙方驻场人员应具备相应的专业能力，并经甲方审核同意；乙方更换驻场人员须提前5个工作日征得甲方同意，并完成工作交接。
（二）乙方驻场人员应遵守甲方的工作纪律和机房管理规定。
（三）乙方应为驻场人员配备必要的工具和备品备件，并安排不少于2名后备工程师，在驻场人员休假或集中上报期间工作量增加时及时补充。

第十条 辅助工作分包
乙方可将机房硬件巡检、设备维修等辅助性工作交由第三方实施，但应提前书面告知甲方，并对第三方的工作质量承担责任。

第十一条 违约责任
（一）乙方未按约定时间完成年报前的系统升级、表式调整或恢复演练的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
（二）乙方违反第七条约定的，除承担赔偿责任外，甲方有权解除合同。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

第十二条 合同解除
（一）乙方有下列情形之一的，甲方有权书面通知解除合同：连续两个季度考核得分低于80分；发生因乙方原因导致的重大数据安全事件；有其他严重违约行为，经甲方书面通知后10日内未纠正。
（二）合同解除的，甲方按乙方实际提供服务的期间及考核结果结算服务费，乙方应完成交接并移交全部运维资料。

第十三条 服务交接
（一）本合同生效后10个工作日内，乙方应完成与原运维单位的交接，接收平台部署文档、账号清单及未关闭问题清单，并向甲方提交交接报告。
（二）服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的单位移交全部运维文档、脚本、账号及未关闭问题清单，配合完成交接并注销乙方人员的全部访问权限。交接完成前，甲方可暂缓支付最后一期服务费。

第十四条 工作报告
乙方应于每月5日前提交上月运维月报，内容包括巡检结果、故障处理记录、变更记录及安全事件情况；重点时段保障结束后5个工作日内提交保障总结。

第十五条 不可抗力
因不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向临溪区人民法院提起诉讼。

第十七条 其他
本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效。附件：运维服务考核表。

甲方（盖章）：青岚市临溪区统计局
乙方（盖章）：青岚数维信息技术有限公司
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h196z05 — 话梅 maker, ERP licence + custom development, the supplier's own template (.md)
# ---------------------------------------------------------------------------------------------------------------
H196Z05 = """
# 云链ERP软件许可及实施服务合同

**（云链智造标准合同文本 V4.0，由乙方提供）**

合同编号：YL-ERP-2025-0173

甲方（用户）：广东潮味坊食品有限公司

乙方（许可方）：深圳云链智造软件有限公司

甲方主要从事话梅、凉果及蜜饯的生产和销售，拟引入ERP系统管理财务、供应链、生产及质量追溯业务。乙方同意向甲方许可使用云链ERP软件，并提供定制开发及实施服务。双方本着平等自愿的原则，签订本合同。

## 第一章 合同标的

1.1 乙方向甲方许可使用云链ERP软件V8（财务、供应链、生产制造、质量追溯模块），许可用户数为50个并发用户，许可期限为永久。

1.2 乙方根据甲方需求进行以下定制开发：（1）话梅腌制批次追溯模块，覆盖原果收购、盐渍、晒制、脱盐、甘草调味及包装工序；（2）与食品安全追溯平台的追溯码对接程序；（3）经销商返利计算及对账功能。

1.3 乙方提供系统部署、业务蓝图设计、基础数据导入及用户培训等实施服务。

## 第二章 合同价款

2.1 合同总价为人民币捌拾捌万元整（¥880,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云链ERP软件许可（50并发用户，永久） | 460,000 |
| 2 | 定制开发（批次追溯、追溯码对接、返利对账） | 286,000 |
| 3 | 实施服务（蓝图、部署、数据导入） | 118,000 |
| 4 | 用户培训 | 16,000 |
| | 合计 | 880,000 |

2.2 甲方需求变更导致工作量增加的，按乙方人天单价2,400元另行计费。

2.3 合同价款不包括服务器、数据库、操作系统等第三方软硬件费用，也不包括乙方人员因甲方原因额外往返甲方现场产生的差旅费用，上述费用由甲方另行承担。

## 第三章 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即人民币440,000元。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即人民币396,000元。

3.3 系统上线满三个月后5个工作日内，甲方支付合同总价的5%，即人民币44,000元。

3.4 甲方未按期付款的，乙方有权暂停实施或服务，工期相应顺延。

## 第四章 实施

4.1 乙方应在收到首期款后90日内完成系统上线。因甲方未及时提供资料、确认需求或安排人员导致延误的，工期相应顺延。

4.2 甲方应指定项目负责人，并在乙方要求的时间内完成需求确认和数据准备。

4.3 实施按以下阶段进行：（1）项目启动及业务调研；（2）业务蓝图设计，由甲方签字确认；（3）系统配置及定制开发；（4）基础数据导入，包括物料、配方、供应商、客户及期初库存；（5）用户培训；（6）系统上线。各阶段的具体时间以双方确认的实施计划为准。

4.4 甲方应提供符合乙方要求的服务器、数据库及网络环境。因甲方硬件或网络原因导致系统无法正常运行的，不属于乙方责任。

4.5 乙方为甲方提供关键用户培训及最终用户培训各一次。培训结束后，甲方关键用户应能够独立完成日常业务操作及基础数据维护。

4.6 业务蓝图经甲方确认后，甲方提出的新增需求或修改，按需求变更处理，费用按本合同第2.2条另行计算，工期相应顺延。

## 第五章 上线与验收

5.1 系统完成部署并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的问题，按本合同第六章维护服务处理，不影响验收结论及付款。

## 第六章 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括软件缺陷修复及远程技术支持。

6.2 故障响应：一级故障（系统无法登录或无法开单）乙方在8小时内响应；二级故障（部分功能无法使用）在2个工作日内响应；三级故障在5个工作日内处理。

6.3 上述时限为乙方的服务目标。乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年度公布的服务价格标准与乙方另行签订年度维护合同；未签订的，乙方不再提供维护和升级。

## 第七章 知识产权

7.1 云链ERP软件的知识产权归乙方所有。

7.2 乙方为甲方定制开发的成果（包括批次追溯模块、追溯码对接程序、返利计算规则）及其源代码，知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

7.3 乙方有权将定制开发成果纳入其标准产品，并向其他客户提供。

## 第八章 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 乙方在实施和维护过程中接触甲方数据的，应采取访问控制、传输加密、操作日志审计等安全措施；发生数据泄露等安全事件的，乙方应在24小时内通知甲方并协助处置；因乙方过错导致数据泄露的，乙方按本合同第十章承担赔偿责任。

8.3 甲方同意，乙方有权对甲方业务数据进行脱敏处理后，用于产品优化、行业分析及大数据服务。

8.4 合同终止后，甲方可要求乙方协助导出业务数据，乙方按本合同第2.2条的人天单价收取费用。

## 第九章 保密

9.1 双方对因本合同获知的对方商业秘密负有保密义务，包括但不限于甲方的配方、工艺参数、采购价格、客户名单，以及乙方的软件技术资料和报价，未经对方书面同意不得向第三方披露。

9.2 保密期限为合同终止后两年。

## 第十章 违约责任

10.1 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，累计不超过合同总价的3%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的25%。乙方不承担甲方的间接损失、利润损失及数据损失。

10.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

## 第十一章 合同解除

11.1 任何一方严重违约，经对方书面通知后30日内未纠正的，守约方有权解除本合同。

11.2 甲方单方解除合同的，已支付的款项不予退还。

## 第十二章 不可抗力及通知

12.1 因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，可根据影响程度部分或全部免除责任。

12.2 双方往来通知以书面形式送达本合同首页所列地址或双方指定的电子邮箱，即视为送达。

## 第十三章 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，提交深圳国际仲裁院在深圳仲裁。

## 第十四章 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一：功能清单及定制开发需求说明；附件二：实施计划。

甲方（盖章）：广东潮味坊食品有限公司

乙方（盖章）：深圳云链智造软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h196e01 — Longquan sword forge: heat-treatment simulation software, perpetual licence + configuration + support;
#           Irish licensor on Inishturk Beg, Irish house style, "Clause N" (.docx with a Word price table)
# ---------------------------------------------------------------------------------------------------------------
H196E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) QUENCHLIGHT SIMULATION LIMITED, a private company limited by shares incorporated in Ireland with company number 718244, having its registered office at The Old Schoolhouse, Inishturk Beg, Clew Bay, County Mayo, Ireland (the "Licensor"); and
P:(2) LONGQUAN JIANLU FORGING CO., LTD., a limited liability company established under the laws of the People's Republic of China, having its registered address at No. 18 Jianchi Road, Longquan, Zhejiang Province, China (the "Customer").
P:WHEREAS:
P:(A) The Licensor develops and licenses QuenchSim, a software suite which simulates the heating, quenching and tempering of steel and predicts hardness, residual stress and distortion.
P:(B) The Customer forges swords and blades, including clay-coated differentially hardened blades, and wishes to model its heat treatment to reduce cracking and warping.
P:(C) At the Customer's request, all prices under this Agreement are stated and payable in Chinese Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Configuration Deliverables" means the material cards, furnace and quench models, clay-coating model, calibration files and reports prepared for the Customer under Clause 3; "Contract Price" means CNY 904,000; "Customer Data" means all process recipes, test results and other data supplied by or generated for the Customer; "Software" means QuenchSim Forge Edition version 6 and the High-Carbon and Laminated Steel Module, in object code, with any updates supplied under this Agreement, and its manuals (the "Documentation").
H:Clause 2 Grant of Licence
P:2.1 In consideration of the Licence Fees, the Licensor grants to the Customer a perpetual, non-exclusive and non-transferable licence to install and use the Software for its own business purposes on up to three workstations and one licence server at its premises in Longquan, for three named users at any one time.
P:2.2 The Customer shall not copy the Software except for back-up purposes, nor decompile it except as the law expressly permits.
H:Clause 3 Configuration Services
P:3.1 The Licensor shall (a) install the Software; (b) build material cards for ten steel grades nominated by the Customer, including T10 and two laminated constructions; (c) model the Customer's two gas furnaces, salt bath and quench tanks; (d) build a clay-coating model for differential hardening; and (e) calibrate the models against twenty test blades measured by the Customer.
P:3.2 The Licensor shall deliver the Software within twenty Business Days after the date of this Agreement and shall complete the Configuration Services and offer the Software for acceptance testing within ninety days after that date (the "Completion Date").
P:3.3 Any delay caused by the Customer extends the Completion Date accordingly.
H:Clause 4 Price and Payment
P:4.1 The Contract Price is fixed and is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|QuenchSim Forge Edition v6, perpetual licence|3 named users|504,000
TB:2|High-Carbon and Laminated Steel Module, perpetual licence|1|126,000
TB:|Licence Fees subtotal||630,000
TB:3|Configuration Services (material cards, furnace and quench models, calibration)|lump sum|236,000
TB:4|Training (two days remote, three days on site in Longquan)|lump sum|38,000
TB:|Contract Price||904,000
P:4.2 The Contract Price shall be paid as follows: (a) twenty per cent (20%), being CNY 180,800, within fifteen Business Days after signature of this Agreement and receipt of a valid invoice; (b) forty-five per cent (45%), being CNY 406,800, after installation of the Software at the Customer's premises; and (c) thirty-five per cent (35%), being CNY 316,400, after the Customer signs the Acceptance Certificate.
P:4.3 The Contract Price includes all taxes payable by the Licensor, including any PRC withholding tax.
H:Clause 5 Delay and Acceptance
P:5.1 If the Licensor fails to offer the Software for acceptance testing by the Completion Date, it shall pay the Customer liquidated damages of CNY 800 for each day of delay, up to a maximum of ten per cent of the Contract Price.
P:5.2 The acceptance tests shall be carried out at the Customer's premises within fifteen Business Days after the Software is offered for testing. The Software passes when (a) for at least eighteen of the twenty calibration blades the simulated edge hardness is within 2 HRC of the measured value; (b) predicted blade sweep after quenching is within 0.5 mm of the measured value; (c) ten consecutive simulation runs complete without a Severity 1 defect; and (d) the Documentation and Configuration Deliverables have been handed over.
P:5.3 If the tests are not passed, the Licensor shall correct the defects and repeat the tests within ten Business Days. If the tests fail a second time, the Customer may terminate this Agreement and recover all sums paid.
P:5.4 When the tests are passed, the Customer shall sign an Acceptance Certificate. Installation, use of the Software in production or any payment does not amount to acceptance.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that for twenty-four (24) months from the date of the Acceptance Certificate (the "Warranty Period") the Software will perform materially in accordance with the Documentation and the Configuration Deliverables will meet the criteria in Clause 5.2.
P:6.2 During the Warranty Period the Licensor shall correct any defect free of charge, supply all updates and new versions released for the Software and provide the support services in Clause 7.
H:Clause 7 Support and Maintenance
P:7.1 The Licensor shall provide support by telephone, e-mail and remote session through its Asia support desk. Severity 1 (the Software cannot be used, or gives results that would lead to scrapped blades): response within two hours at any time, workaround or fix within two Business Days. Severity 2 (a major function is impaired): response within eight business hours, fix within five Business Days. Severity 3 (minor issue): response within two Business Days.
P:7.2 For each hour or part of an hour by which the Licensor exceeds a Severity 1 response time, it shall credit the Customer CNY 600 against the next sum payable to the Licensor, or pay that amount to the Customer.
P:7.3 After the Warranty Period, the Customer may purchase support and maintenance for successive years at an annual fee of eleven per cent (11%) of the Licence Fees, being CNY 69,300 per year. This fee is fixed for the first three support years; any later increase shall not exceed three per cent per year. Each support year is ordered by the Customer's purchase order, and support does not renew automatically.
H:Clause 8 Intellectual Property
P:8.1 The Software and Documentation and all intellectual property rights in them remain the property of the Licensor or its licensors.
P:8.2 The Configuration Deliverables are prepared specifically for the Customer and all intellectual property rights in them shall vest in the Customer on creation. The Customer may use, modify, copy and license them freely, including to other software providers.
P:8.3 The Licensor shall indemnify the Customer against any claim that the Software or the Configuration Deliverables infringe the intellectual property rights of a third party.
H:Clause 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's written instructions, and shall not use it for any other purpose.
P:9.2 Customer Data shall remain on the Customer's systems in China. The Licensor may access them only through remote sessions opened and supervised by the Customer and shall not copy or transfer Customer Data out of those systems.
P:9.3 The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law as they apply to its work. It shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall assist the Customer in containing the incident and shall be liable for all losses caused by its breach of this Clause 9.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party which it receives under this Agreement, including the Customer's forging methods and recipes, and shall not disclose it to any third party without the other party's prior written consent.
P:10.2 This Clause 10 survives for five years after termination.
H:Clause 11 Limitation of Liability
P:11.1 The total liability of the Licensor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price.
P:11.2 Clause 11.1 does not limit liability for death or personal injury caused by negligence, fraud, wilful misconduct, breach of Clause 9 or Clause 10, or the indemnity in Clause 8.3.
P:11.3 Neither party is liable for indirect or consequential loss.
H:Clause 12 Subcontracting
P:12.1 The Licensor shall not subcontract any part of the Configuration Services or support without the Customer's prior written consent, and shall remain responsible for the acts of any approved subcontractor.
H:Clause 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice requiring it to do so, or if the other party becomes insolvent, has an examiner or receiver appointed or enters into liquidation.
P:13.2 The Licensor may terminate the licence only if the Licence Fees remain unpaid sixty days after notice of non-payment.
H:Clause 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland.
P:15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement, and each party submits to the jurisdiction of those courts.
H:Clause 16 General
P:16.1 This Agreement constitutes the entire agreement between the parties about its subject matter. Any variation must be in writing and signed by both parties.
P:IN WITNESS whereof this Agreement has been signed.
P:SIGNED for and on behalf of QUENCHLIGHT SIMULATION LIMITED: ____________________ Director
P:SIGNED for and on behalf of LONGQUAN JIANLU FORGING CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h196e02 — Huangshan hot-spring hotel: reservation SaaS, Order Form + General Terms; Swiss vendor on the Schwanau
#           island (Lauerzersee), Swiss house style "Art. N" with paragraphs (1), (2) (.txt)
# ---------------------------------------------------------------------------------------------------------------
H196E02 = """
SCHWANAU HOSPITALITY SYSTEMS AG
Insel Schwanau, 6424 Lauerz, Canton of Schwyz, Switzerland
UID CHE-415.208.736

ORDER FORM No. SHS-CN-2025-044
for the SwanRes Reservation Cloud

Customer: Huangshan Tangkou Hot Spring Hotel Co., Ltd., No. 6 Wenquan Road, Tangkou Town, Huangshan District, Huangshan, Anhui Province, China ("Customer")
Provider: Schwanau Hospitality Systems AG, Insel Schwanau, 6424 Lauerz, Switzerland ("Provider")

1. Subscribed Services
SwanRes Reservation Cloud for one property with 168 rooms and villas, comprising: booking engine for the Customer's website and WeChat mini-program; channel manager connected to Ctrip, Meituan, Fliggy and Booking.com; rate and inventory management; hot-spring pool, spa and private onsen slot booking module; guest messaging; and the two-way interface to the Customer's property management system (PMS).

2. Subscription Term
Thirty-six (36) months from the Go-Live Date confirmed under Art. 4 of the General Terms (the "Initial Term").

3. Fees (in CNY, at the Customer's request; inclusive of VAT)
Reservation Cloud subscription: CNY 19,800 per month x 36 months = CNY 712,800
Hot-spring and spa slot module: CNY 3,600 per month x 36 months = CNY 129,600
Monthly fees in total: CNY 23,400 per month
Onboarding (configuration, rate plans, OTA channel mapping, PMS interface, staff training): one-time CNY 58,000
Total Contract Value: CNY 900,400
SMS and payment-gateway transaction charges are billed at cost and are not part of the Total Contract Value.

4. Invoicing and Payment
The monthly fees are invoiced quarterly in arrears and are payable within thirty days of invoice. The onboarding fee is invoiced after Go-Live acceptance under Art. 4 of the General Terms. No fees are payable in advance.

5. Go-Live Target
The Provider shall make the Services ready for Go-Live acceptance within sixty (60) days after signature of this Order Form.

6. Order of Precedence
This Order Form and the General Terms below form one contract (the "Agreement"). In case of conflict, this Order Form prevails.

GENERAL TERMS OF SCHWANAU HOSPITALITY SYSTEMS AG (edition 2025, customer version for China)

Art. 1 Subject matter
(1) The Provider makes the Subscribed Services available to the Customer as software as a service over the internet for the Subscription Term.
(2) The Provider shall perform the onboarding services described in the Order Form.

Art. 2 Rights of use
(1) The Customer receives a non-exclusive, non-transferable right to use the Services for the operation of its hotel during the Subscription Term.
(2) The Customer shall not resell the Services or allow third parties other than its staff, contractors and guests to use them.

Art. 3 Obligations of the Customer
(1) The Customer shall provide its room types, rate plans, channel contracts and PMS access data in good time, and shall name a project contact with authority to take decisions during onboarding.
(2) The Customer is responsible for the content of its rates, descriptions and images, and for its contracts with the online travel agencies.
(3) The Customer shall keep its user passwords secret and inform the Provider without delay of any suspected misuse of its accounts.

Art. 3a Support and updates
(1) The Provider operates a support desk in Chinese and English by telephone, e-mail and ticket portal, which is staffed 24 hours a day for Priority 1 incidents and from 08:00 to 20:00 China time for all other requests.
(2) The Provider keeps the Services up to date and adapts the channel connections to technical changes made by the connected online travel agencies, at no additional charge.
(3) New releases are announced at least ten days in advance. Functions the Customer uses shall not be removed without an equivalent replacement.

Art. 4 Onboarding and Go-Live acceptance
(1) When the configuration is complete, the Provider shall notify the Customer and both parties shall run the acceptance tests within ten working days.
(2) The tests are passed when (a) fifty test bookings made through the booking engine and each connected channel arrive in the PMS without error; (b) rates and availability are identical on all channels within two minutes of a change; (c) hot-spring slots booked online block the correct capacity; and (d) the Customer's staff have been trained.
(3) The Customer shall confirm the Go-Live Date in writing when the tests are passed. Access to or use of the Services before that confirmation does not constitute acceptance.
(4) If the Services are not ready for acceptance by the Go-Live Target in the Order Form for reasons for which the Provider is responsible, the Provider shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 36,000.

Art. 5 Service levels
(1) The Provider shall ensure a monthly availability of the booking engine and channel manager of 99.95%, excluding announced maintenance of not more than six hours per month carried out between 01:00 and 06:00 China time.
(2) Incidents are classified as follows. Priority 1 (booking engine or channel manager unavailable, or bookings not reaching the PMS): response within 30 minutes, 24 hours a day, and restoration within three hours. Priority 2 (a function is impaired): response within two hours and resolution within one business day. Priority 3 (other): response within one business day.
(3) If the monthly availability falls below the level in para. 1, the Customer receives a credit of 5% of the monthly fees for every commenced 0.1 percentage point of shortfall, up to 50% of the monthly fees. For each Priority 1 incident not responded to in time, the Customer receives a credit of CNY 500. Credits are set off against the next invoice.

Art. 6 Customer data and data security
(1) Reservation data, guest personal information, rates and all other data entered by or for the Customer ("Customer Data") belong to the Customer. The Provider processes Customer Data only to provide the Services and in accordance with the Customer's instructions, and shall not use it for any other purpose.
(2) Customer Data is stored exclusively in a data centre in mainland China operated by the Provider's hosting partner under an MLPS level 3 filing. The Provider shall encrypt Customer Data in transit and at rest, restrict access to authorised personnel with multi-factor authentication and keep access logs.
(3) The Provider shall notify the Customer of any personal information breach without undue delay and in any event within forty-eight hours, shall support the Customer in its obligations under the PRC Personal Information Protection Law, and is responsible for damage caused by its breach of this Art. 6.
(4) At the end of the Agreement the Provider shall return all Customer Data in a common format within thirty days and then delete it.

Art. 7 Intellectual property
(1) The software, the platform and all improvements remain the property of the Provider.
(2) Rate plans, room descriptions, templates, reports and configurations created for the Customer belong to the Customer, who may use, modify and pass them on to any successor provider.

Art. 8 Confidentiality
(1) Each party shall keep confidential all information of the other party that is not publicly known, in particular prices, occupancy figures and guest information, and shall use it only for the purposes of the Agreement.
(2) This obligation continues for three years after the end of the Agreement.

Art. 9 Subcontractors and sub-processors
(1) The Provider may engage subcontractors and sub-processors, including affiliated companies, hosting partners and support partners, to perform the Services.
(2) The Provider publishes a list of its subcontractors and sub-processors on its website and informs the Customer of changes by e-mail thirty days in advance. The Provider remains responsible for its subcontractors as for its own performance.

Art. 10 Term and renewal
(1) The Agreement runs for the Initial Term stated in the Order Form.
(2) It is then renewed for successive periods of twenty-four months at the same fees unless either party gives notice of non-renewal at least three months before the end of the current term.

Art. 11 Liability
(1) The Provider's total liability under or in connection with the Agreement, whatever the legal ground, is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.
(2) This limitation does not apply to liability for intent or gross negligence, or for personal injury.
(3) The Provider is not liable for lost profit or indirect damage, to the extent permitted by law.

Art. 12 Termination
(1) Either party may terminate the Agreement with immediate effect by written notice if the other party commits a material breach and does not remedy it within thirty days after a written warning.
(2) A material breach by the Provider includes monthly availability below 99% in two consecutive months.
(3) On termination by the Customer under this Art. 12, the Provider shall refund any fees paid for the period after termination.

Art. 13 Force majeure
Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or failures of public networks, for as long as the event lasts.

Art. 14 Applicable law and place of jurisdiction
(1) The Agreement is governed by substantive Swiss law, excluding the United Nations Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction is Schwyz, Switzerland.

Art. 15 Final provisions
(1) Amendments must be in writing. This also applies to any waiver of the written form.
(2) Should any provision of the Agreement be invalid, the remaining provisions remain in force.

Place, date: Lauerz, ____________ 2025 / Huangshan, ____________ 2025

For the Provider: ______________________ (Managing Director)
For the Customer: ______________________ (Legal Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h196e03 — Fuding oyster farm: turbidity sensors, buoys, monitoring licence + maintenance; Dutch integrator on
#           Noorderoog; the buyer's paper, "Article N" with N.1 paragraphs (.pdf, wrap_words)
# ---------------------------------------------------------------------------------------------------------------
H196E03 = """
T:MONITORING EQUIPMENT SUPPLY AND MAINTENANCE CONTRACT
P:Contract No.: QYO-2025-EQ-017
P:Buyer: Fuding Qinyu Oyster Farming Co., Ltd., No. 3 Haibin Road, Qinyu Town, Fuding, Fujian Province, China (the "Buyer")
P:Supplier: Noorderoog Aquasense B.V., Noorderoog 1, Wadden Sea, the Netherlands, registered with the Dutch Chamber of Commerce under number 81907265 (the "Supplier")
P:The Buyer farms oysters on rafts and long lines in Qinyu Bay and wishes to monitor turbidity and other water-quality parameters continuously, so that it can move stock before silt and algal events. Following the Buyer's request for quotation, the Supplier has offered the equipment, software and services described below. The parties therefore agree as follows. At the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Contract Price" means CNY 1,570,000. "Equipment" means the sensors, buoys, gateway and other goods listed in Article 2. "Software" means the AquaView monitoring software licensed under Article 2. "Final Acceptance" means the Buyer's written acceptance under Article 5.3. "Monitoring Data" means all measurements, alarms, images and logs produced by the Equipment and Software.
H:Article 2 Scope of Supply and Contract Price
P:2.1 The Supplier shall supply, install, moor, calibrate and commission the following, and shall train the Buyer's staff:
P:(a) Optical turbidity sensors (ISO 7027 nephelometric, with anti-fouling wiper), 36 units at CNY 18,600 each: CNY 669,600;
P:(b) Multi-parameter monitoring buoys (dissolved oxygen, salinity, temperature, chlorophyll; solar power and mobile data link), 9 units at CNY 64,000 each: CNY 576,000;
P:(c) AquaView monitoring software, perpetual licence for the Buyer's farm, including the data gateway and alarm module: CNY 138,000;
P:Hardware and Licence Subtotal: CNY 1,383,600;
P:(d) Installation, mooring, calibration and commissioning: CNY 164,000;
P:(e) Training of six operators and two technicians: CNY 22,400.
P:2.2 The Contract Price is fixed and includes delivery to the Buyer's pier in Qinyu, import duties, all taxes and the Supplier's travel costs.
H:Article 3 Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment within seventy days after signature of this Contract and complete installation and commissioning within thirty days after delivery, subject to sea conditions.
P:3.2 The Buyer shall provide boat transport to the rafts and a safe working area. Days on which the Maritime Safety Administration forbids boats to leave port extend the installation period by the same number of days.
P:3.3 The Equipment shall be packed for sea freight and marine conditions. All wetted parts, moorings and fasteners shall be made of materials suitable for permanent immersion in sea water, and the Supplier shall provide the material certificates.
P:3.4 After installation, the parties shall sign an Installation Certificate. The Installation Certificate confirms that the Equipment is installed and is not acceptance.
H:Article 4 Payment
P:4.1 The Buyer shall pay: (a) ten per cent (10%) of the Contract Price, CNY 157,000, within fifteen working days after signature, against a bank guarantee for the same amount; (b) fifty-five per cent (55%), CNY 863,500, after the Installation Certificate is signed; (c) thirty-five per cent (35%), CNY 549,500, after Final Acceptance.
P:4.2 Each payment is due within thirty days after the Buyer receives a valid invoice.
H:Article 5 Acceptance
P:5.1 After installation, a sea trial of sixty days shall take place.
P:5.2 The Equipment and Software pass the sea trial when: (a) turbidity readings of each sensor are within 5% or 2 NTU, whichever is greater, of laboratory reference samples taken by the Buyer on ten separate days; (b) no buoy has a data gap longer than two hours that is not explained by a documented storm; (c) alarms reach the Buyer's duty phones within three minutes of a threshold being exceeded; (d) the wipers keep optical windows clean for at least four weeks without manual cleaning; and (e) all manuals, calibration certificates and as-built drawings have been delivered.
P:5.3 When the sea trial is passed, the Buyer shall issue a written Final Acceptance certificate. Use of the Equipment or the Monitoring Data, or any payment, before that certificate does not mean acceptance. If the trial fails, the Supplier shall correct the defects and repeat the failed part of the trial.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor heads, wipers, batteries and solar panels damaged by normal sea conditions, and shall supply Software updates free of charge.
P:6.2 During the warranty period the Supplier shall also visit the farm once every three months to clean and recalibrate all sensors and shall give the Buyer a written visit report with the calibration results.
P:6.3 The warranty does not cover damage caused by collisions with vessels, theft or the Buyer's modification of the Equipment without the Supplier's approval. The Supplier shall nevertheless repair such damage at its standard parts prices if the Buyer so requests.
H:Article 7 Service Levels
P:7.1 Faults are classified as: Priority 1, meaning loss of data from three or more buoys, or failure of the alarm module; Priority 2, meaning loss of data from one or two buoys; Priority 3, meaning other faults.
P:7.2 The Supplier shall respond to a Priority 1 fault remotely within one hour, have a technician on site (weather permitting) within thirty-six hours, and restore service within seventy-two hours. Priority 2 faults shall be responded to within three hours and restored within five days. Priority 3 faults shall be resolved at the next quarterly visit.
P:7.3 For each hour by which a Priority 1 response is late, the Supplier shall pay the Buyer CNY 500, and for each day by which a Priority 1 restoration is late, CNY 1,000. The Buyer may deduct these amounts from any payment due.
P:7.4 The Supplier shall keep a local stock of spare sensors and a service partner in Fujian approved by the Buyer under Article 12.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Supplier shall, if the Buyer so orders, provide the services in Articles 6.2 and 7 together with repair and replacement of parts for an annual maintenance fee of 9.5% of the Hardware and Licence Subtotal, that is CNY 131,442 per year.
P:8.2 The annual maintenance fee is fixed for the three years following the warranty period and shall not be increased. Each year of maintenance is ordered by a separate purchase order of the Buyer; there is no automatic renewal.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Supplier, who grants the Buyer a perpetual, non-exclusive licence to use it for the farm.
P:9.2 The buoy layout design, calibration curves, alarm thresholds, dashboards and scripts made for the Buyer belong to the Buyer, who may use and modify them freely and give them to other suppliers.
H:Article 10 Data Security
P:10.1 Monitoring Data belongs to the Buyer and is stored on the Buyer's server in Fuding. The Supplier may use Monitoring Data only to perform this Contract and shall not copy it or transfer it outside China.
P:10.2 The Supplier shall access the system only through accounts issued by the Buyer over an encrypted VPN, shall change all default passwords before commissioning and shall keep the Software and gateway patched.
P:10.3 The Supplier shall report any security incident affecting the system to the Buyer within eight hours and is liable for all loss caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the business and technical information received from the other party, including farm locations, production volumes and prices, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Contract.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including the Fujian service partner referred to in Article 7.4.
H:Article 13 Delay Damages
P:13.1 If the Supplier delays delivery or completion of installation for reasons for which it is responsible, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within twenty days after written notice, or if delay damages reach their maximum.
P:14.2 On termination the Supplier shall refund the payments received for Equipment and services not accepted.
H:Article 15 Force Majeure
P:15.1 Typhoons, red tides and other events beyond a party's control excuse delay for as long as they last, provided the affected party informs the other party promptly.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The award is final and binding on both parties.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in English and Chinese; both versions have equal effect. Any amendment must be in writing and signed by both parties.
P:17.2 Notices shall be sent in writing to the addresses above or to the e-mail addresses named in Annex 1. The Annexes form part of this Contract: Annex 1, Technical specification and contacts; Annex 2, Sea trial plan; Annex 3, Spare parts list.
P:For the Buyer: ____________________   For the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h196e04 — Shenzhen drone start-up: managed IT + desktop support; provider on Eilean nan Ròn, Scottish house style,
#           "N. HEADING" (.md)
# ---------------------------------------------------------------------------------------------------------------
H196E04 = """
# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** RMS/SZ/2025/118

**BETWEEN**

**RÒN MANAGED SERVICES LIMITED**, a company incorporated in Scotland (company number SC702418) and having its registered office at Tigh na Mara, Eilean nan Ròn, Sutherland, Scotland (the "**Provider**"); and

**SHENZHEN FEIYAN ROBOTICS TECHNOLOGY CO., LTD.**, a company established in the People's Republic of China and having its registered address at Unit 1208, Block B, Nanshan Intelligence Park, Nanshan District, Shenzhen, Guangdong Province (the "**Customer**").

**WHEREAS** the Customer designs and tests agricultural and survey drones, has approximately one hundred and forty staff in Shenzhen and wishes to outsource the management of its end-user IT; and the Provider has agreed to provide those services on the terms of this Agreement. All charges are expressed and payable in Chinese Renminbi (CNY) at the Customer's request.

**NOW THEREFORE** the parties agree as follows:

## 1. DEFINITIONS

1.1 In this Agreement: "**Business Day**" means a day on which banks are open in Shenzhen; "**Commencement Date**" means the date stated in the Service Commencement Certificate; "**Customer Data**" means all data, including flight logs, design files, source code, e-mail and personal information, held on or processed through the Customer's systems; "**Monthly Service Charge**" has the meaning given in Clause 4; "**Services**" means the services described in Clause 2 and Schedule 1; "**Term**" has the meaning given in Clause 9.

1.2 Headings do not affect interpretation. "Including" means including without limitation.

## 2. THE SERVICES

2.1 From the Commencement Date the Provider shall provide: (a) a service desk in Mandarin and English, by telephone, portal and WeChat, from 08:00 to 22:00 on every day of the year; (b) desktop support for up to one hundred and forty users, including on-site support at the Customer's office and drone test field in Bao'an; (c) management of laptops and workstations, including patching, antivirus, encryption and asset records; (d) management of the Customer's file servers, network, Wi-Fi and firewalls; (e) administration of the Customer's collaboration suite and identity directory; and (f) monthly service reports.

2.2 Before the Commencement Date the Provider shall carry out the transition described in Clause 3.

## 3. TRANSITION AND SERVICE ACCEPTANCE

3.1 The Provider shall complete the transition within forty-five days after signature of this Agreement (the "**Transition Date**").

3.2 Transition is complete when: (a) all devices, servers and network components are recorded in the asset inventory and reconciled with the Customer's list; (b) the ticketing portal is live and all users can log tickets; (c) run-books for every managed system have been delivered and approved by the Customer; and (d) the Provider has run the service for ten Business Days in parallel with the Customer's own staff without a missed Priority 1 response.

3.3 When the criteria in Clause 3.2 are met, the Customer shall sign a Service Commencement Certificate. Use of any part of the Services before then is not acceptance.

3.4 If transition is not complete by the Transition Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay until the Service Commencement Certificate is signed.

## 4. CHARGES AND PAYMENT

4.1 The charges are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Service desk and desktop support | 140 users x CNY 420 per user per month | 58,800 per month |
| Server, network and security management | per month | 16,000 per month |
| Monthly Service Charge | | 74,800 per month |
| Monthly Service Charges for the Term | 24 months | 1,795,200 |
| Transition Charge | one-time | 64,800 |
| Total Contract Value | | 1,860,000 |

4.2 On signature of this Agreement, the Customer shall pay an advance of thirty-five per cent (35%) of the Total Contract Value, being CNY 651,000, before any Services are provided.

4.3 The advance shall be set off in equal parts of CNY 27,125 against the invoices for each of the twenty-four months of the Term. The Transition Charge is invoiced on signature of the Service Commencement Certificate. The Monthly Service Charge, less the set-off, is invoiced monthly in arrears and is payable within thirty days.

4.4 Users above one hundred and forty are charged at CNY 420 per user per month.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the following service levels:

| Priority | Definition | Response | Target resolution |
|---|---|---|---|
| Priority 1 | Office or test-field network down, or more than twenty users unable to work | 6 hours | 1 Business Day |
| Priority 2 | A single managed system degraded, or a senior engineer unable to work | 8 hours | 2 Business Days |
| Priority 3 | Individual user issue | 1 Business Day | 5 Business Days |
| Service request | New user, software installation | 2 Business Days | 5 Business Days |

5.2 Response means a qualified engineer has begun work on the incident and informed the user.

5.3 For each Priority 1 incident not responded to within the response time, the Provider shall credit three per cent (3%) of that month's Monthly Service Charge, and for each Priority 2 incident, one per cent (1%), up to a total of twenty per cent (20%) of the Monthly Service Charge in any month.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services and in accordance with the Customer's documented instructions, and shall not use it for any other purpose.

6.2 The Provider shall access the Customer's systems only through named administrator accounts with multi-factor authentication and the Customer's privileged-access tool; shall record all administrative sessions; shall not copy Customer Data to its own systems or out of the People's Republic of China; and shall ensure that its personnel have passed background checks and are bound by written security obligations.

6.3 The Provider shall notify the Customer of any actual or suspected security incident within twenty-four hours, shall help the Customer contain and investigate it and shall be liable for the loss caused by its breach of this Clause 6, including the Customer's costs of notifying authorities and affected persons.

## 7. CONFIDENTIALITY

7.1 Each party shall hold in confidence all information received from the other which is marked or is by its nature confidential, in particular the Customer's drone designs, test results and commercial plans, and shall not disclose it without the other party's prior written consent except to its personnel who need to know it.

7.2 This Clause 7 survives termination for five years.

## 8. INTELLECTUAL PROPERTY

8.1 Scripts, configurations, run-books, documentation and reports produced by the Provider for the Customer under this Agreement belong to the Customer from creation. The Customer may use and modify them freely and hand them to any successor provider.

8.2 The Provider's own tools, and third-party software licensed by the Customer, remain the property of their owners.

## 9. TERM AND TERMINATION

9.1 This Agreement starts on signature and the Services run for twenty-four months from the Commencement Date (the "**Term**"). The Agreement expires at the end of the Term unless the parties agree a renewal in writing.

9.2 The Customer may not terminate this Agreement before the end of the Term. Where the Provider fails to meet the service levels, the service credits in Clause 5.3 are the Customer's sole and exclusive remedy, and the Customer waives any right to rescind or terminate this Agreement for breach.

9.3 The Provider may terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within sixty days after its due date.

9.4 On expiry or termination the Provider shall give reasonable assistance for up to thirty days to transfer the Services to the Customer or a new provider, and shall return all Customer Data.

## 10. LIABILITY

10.1 The Provider's total aggregate liability arising under or in connection with this Agreement shall not exceed one hundred and twenty-five per cent (125%) of the Total Contract Value.

10.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 6 or Clause 7.

10.3 Neither party shall be liable for loss of profit or for indirect loss.

## 11. SUBCONTRACTING

11.1 The Provider may use Pengcheng TechCare Co., Ltd. of Shenzhen, named in Schedule 2, for on-site desktop support. The Provider shall not use any other subcontractor without the Customer's prior written consent.

11.2 The Provider is responsible for the acts and omissions of its subcontractors as if they were its own.

## 12. FORCE MAJEURE

12.1 Neither party shall be liable for any failure caused by circumstances beyond its reasonable control, including typhoons and government orders, provided that it notifies the other party promptly and uses reasonable endeavours to continue performance.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

## 14. GENERAL

14.1 This Agreement, with its Schedules, is the entire agreement of the parties about its subject matter. Any variation must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the written consent of the other.

**Schedule 1:** Service description. **Schedule 2:** Approved subcontractor.

**IN WITNESS WHEREOF** this Agreement is executed as follows:

Signed for and on behalf of Ròn Managed Services Limited by ______________________, Director, at ______________ on ______________ 2025, before this witness: ______________________

Signed for and on behalf of Shenzhen Feiyan Robotics Technology Co., Ltd. by ______________________, Legal Representative, at Shenzhen on ______________ 2025
"""

# ---------------------------------------------------------------------------------------------------------------
# h196e05 — Kashgar dried-apricot exporter: halal-certificate API subscription + integration; vendor on the Isola di
#           Capraia, Italian house style, premises + "Art. N (Title)" (.txt)
# ---------------------------------------------------------------------------------------------------------------
H196E05 = """
SUBSCRIPTION AND INTEGRATION AGREEMENT
HalalTrace Certificate API

between

CAPRAIA CERTIFLOW S.R.L., with registered office at Via del Porto 11, 57032 Capraia Isola (LI), Italy, VAT number IT01987650497, registered with the Companies Register of Livorno, in the person of its sole director (hereinafter the "Vendor")

and

KASHGAR TIANSHAN DRIED FRUIT IMPORT AND EXPORT CO., LTD., with registered address at No. 27 Xiyu Avenue, Kashgar Economic Development Zone, Xinjiang, China, in the person of its legal representative (hereinafter the "Customer")

(each a "Party" and together the "Parties")

PREMISES

(a) The Vendor operates HalalTrace, an online service that verifies halal certificates issued by recognised certification bodies and issues a digital certificate reference for each export shipment, which importers and customs authorities in the Gulf states, Malaysia and Indonesia can check.

(b) The Customer exports dried apricots, raisins and nuts and wishes to connect its order, warehouse and export-document systems to HalalTrace so that every shipment carries a verified certificate reference.

(c) At the Customer's request, all amounts under this Agreement are expressed and paid in Chinese Renminbi (CNY).

(d) The premises form an integral part of this Agreement.

NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS

Art. 1 (Definitions)
1.1 "API" means the HalalTrace application programming interface and its documentation. "Customer Data" means all data submitted by or for the Customer through the API or the integration, including supplier names, certificates, batch numbers, shipment details and buyer details, and all results generated from them. "Integration" means the connector described in Art. 3. "Integration Acceptance" means the written confirmation under Art. 4.3. "Subscription Term" means the period stated in Art. 2.3.

Art. 2 (Subject matter and term)
2.1 The Vendor grants the Customer access to the API and the HalalTrace web portal for up to twenty named users, and shall build the Integration.
2.2 The portal allows the Customer to upload certificates of its suppliers, to follow the status of each verification, to download certificate references and to produce monthly reports for its auditors.
2.3 The subscription runs for twenty-four (24) months from Integration Acceptance. It does not renew automatically; any renewal requires a new written order signed by both Parties.

Art. 3 (Integration services)
3.1 The Vendor shall develop a connector between the API and the Customer's ERP, warehouse system and export-document system, which (a) sends shipment, batch and supplier data to the API; (b) retrieves certificate references and verification results; and (c) prints the certificate reference and QR code on the commercial invoice and packing list.
3.2 The Customer shall give the Vendor access to test environments of its systems, sample data and a project contact, and shall arrange the cooperation of its ERP provider.
3.3 The Vendor shall use reasonable endeavours to complete the Integration within ninety days after signature of this Agreement. Target dates are indicative only, and the Vendor shall have no liability for delay in completing the Integration.

Art. 4 (Testing and acceptance)
4.1 When the Integration is ready, the Vendor shall notify the Customer and the Parties shall carry out joint acceptance tests within ten working days.
4.2 The Integration passes the tests when (a) eighty sample shipments, chosen by the Customer, are processed end to end and each returns a certificate reference and a verification result matching a manual check; (b) invalid or expired certificates in the test set are all rejected; (c) certificate references and QR codes print correctly on the invoice and packing list; and (d) the technical documentation and source code of the connector have been delivered.
4.3 When the tests are passed, the Customer shall confirm Integration Acceptance in writing. Use of the API in production before that confirmation does not constitute acceptance.

Art. 5 (Fees)
5.1 The fees are: (a) API platform subscription, including four thousand verification calls per month: CNY 21,500 per month, for 24 months, CNY 516,000; (b) Integration services, fixed price: CNY 96,000. Total contract value: CNY 612,000.
5.2 Verification calls above the monthly allowance are charged at CNY 3.50 per call and are not included in the total contract value.
5.3 Prices are inclusive of VAT and of any withholding tax.

Art. 6 (Invoicing and payment)
6.1 The subscription fee is invoiced quarterly in arrears. The integration fee is invoiced in full after Integration Acceptance. No amount is payable in advance.
6.2 Invoices are payable by bank transfer within thirty days of receipt.

Art. 7 (Service levels)
7.1 The Vendor shall use its best efforts to ensure a monthly availability of the API of 99.95%, excluding scheduled maintenance announced forty-eight hours in advance.
7.2 Incidents are classified as follows. Severity 1: the API or the verification service is unavailable, or returns wrong results. The Vendor shall respond within two hours, at any time, and work continuously until the service is restored. Severity 2: a function is impaired; response within eight business hours. Severity 3: questions and minor issues; response within two business days.
7.3 The service levels in this Art. 7 are targets. Failure to meet them does not entitle the Customer to service credits, price reductions, damages or any other compensation.

Art. 8 (Intellectual property)
8.1 The API, the HalalTrace platform and the Vendor's certification databases remain the exclusive property of the Vendor.
8.2 The connector developed for the Customer under Art. 3, including its source code and documentation, belongs to the Customer, which may use, modify and have it maintained by third parties without restriction.

Art. 9 (Customer Data and data protection)
9.1 Customer Data belongs to the Customer.
9.2 Customer Data is stored on servers located in mainland China. The Vendor shall implement an information security management system certified under ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to authorised personnel on a need-to-know basis and keep access logs for at least one hundred and eighty days.
9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within forty-eight hours of becoming aware of it, shall cooperate in its investigation and shall indemnify the Customer for losses arising from the Vendor's breach of this Art. 9.
9.4 The Customer grants the Vendor the right to use aggregated and anonymised data derived from Customer Data, including shipment volumes, destinations and certification outcomes, to compile market statistics and to improve its certification risk models, also after termination of this Agreement.

Art. 10 (Confidentiality)
10.1 Each Party shall keep confidential all information received from the other Party in connection with this Agreement, in particular prices, customers, suppliers and business plans, and shall not disclose it to third parties without the prior written consent of the other Party.
10.2 The obligation under this Art. 10 continues for three years after the end of this Agreement.

Art. 11 (Liability)
11.1 The total liability of the Vendor under this Agreement shall not exceed one hundred and fifty per cent (150%) of the total contract value.
11.2 The limitation does not apply in case of wilful misconduct or gross negligence (dolo o colpa grave), or to the indemnity under Art. 9.3.

Art. 12 (Subcontracting and assignment)
12.1 The Vendor shall not subcontract the Integration or any part of the service without the prior written consent of the Customer. The Vendor remains liable for approved subcontractors.
12.2 Neither Party may assign this Agreement without the prior written consent of the other Party.

Art. 13 (Termination)
13.1 Either Party may terminate this Agreement by registered letter or certified e-mail if the other Party commits a material breach and fails to remedy it within thirty days after receiving a written notice to perform.
13.2 On termination, the Vendor shall refund any fees paid for services not yet provided, return all Customer Data in a machine-readable format within thirty days and then delete it, without prejudice to Art. 9.4.

Art. 14 (Force majeure)
14.1 Neither Party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, war and decisions of public authorities.
14.2 The affected Party shall inform the other Party without delay and shall take all reasonable measures to limit the consequences. If the event lasts more than sixty days, either Party may terminate this Agreement by written notice.

Art. 14-bis (Communications)
All communications under this Agreement shall be made in writing, in English, by registered letter, courier or certified e-mail to the addresses stated above or to the contact persons named by each Party.

Art. 15 (Governing law and disputes)
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

Art. 16 (Final provisions)
16.1 This Agreement is the entire agreement between the Parties. Any amendment must be made in writing and signed by both Parties.
16.2 This Agreement is made in English in two originals, one for each Party.

Capraia Isola / Kashgar, ____________ 2025

The Vendor: ______________________          The Customer: ______________________

The Customer declares that it has read and specifically approves the following clauses: Art. 3.3 (no liability for delay); Art. 7.3 (no compensation for service levels); Art. 9.4 (use of aggregated and anonymised data); Art. 11 (liability).

The Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
PLAIN = {  # written as they stand
    "h196z03": ("h196z03_driving_school_booking_saas.md", H196Z03),
    "h196z04": ("h196z04_district_statistics_platform_om_service.txt", H196Z04),
    "h196z05": ("h196z05_preserved_plum_erp_supplier_template.md", H196Z05),
    "h196e02": ("h196e02_hot_spring_hotel_reservation_saas_order_form.txt", H196E02),
    "h196e04": ("h196e04_drone_startup_managed_it_desktop_support.md", H196E04),
    "h196e05": ("h196e05_apricot_exporter_halal_certificate_api.txt", H196E05),
}
SOURCES = {"h196z01": H196Z01, "h196z02": H196Z02, "h196e01": H196E01, "h196e03": H196E03}
TARGETS = {"h196z01": ("h196z01_medical_insurance_fund_supervision_system.docx", "docx"),
           "h196z02": ("h196z02_tyre_xray_inspection_equipment_maintenance.pdf", "pdf"),
           "h196e01": ("h196e01_sword_forge_heat_treatment_simulation_licence.docx", "docx"),
           "h196e03": ("h196e03_oyster_farm_turbidity_sensors_maintenance.pdf", "pdf")}

if __name__ == "__main__":
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
