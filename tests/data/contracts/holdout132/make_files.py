"""holdout132: builds the ten held-out contracts from the sources kept below.

.docx and .pdf files go through ../word_pdf.py (markup T:/H:/P:/TB:; PDFs pre-wrapped at word boundaries,
wrap_words=True); .md and .txt files are written as they stand (UTF-8).
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H132Z01 = r"""T:滨江省生态环境监测数据综合平台建设项目合同
P:合同编号：BJSTHJ-2026-ZC-017　　采购方式：公开招标　　招标编号：BJZC2026-G-0412
P:甲方（采购人）：滨江省生态环境厅
P:地址：滨江市政务中心路9号
P:乙方（供应商）：青岚数智科技股份有限公司
P:地址：滨江市高新区智谷大道188号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就滨江省生态环境监测数据综合平台建设项目（以下简称"本项目"）的系统集成事宜，经协商一致，订立本合同。招标文件、投标文件及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设全省统一的生态环境监测数据综合平台，汇聚全省空气、地表水、地下水、土壤、噪声及重点污染源自动监测数据，实现数据接入、质控审核、治理共享、"一张图"展示和超标预警分析。
P:1.2 乙方提供的软件、硬件、定制开发、数据接入、系统集成和培训服务的范围，以第二条价格明细表及附件1《技术需求响应表》为准。
P:1.3 平台部署于滨江省政务云及甲方数据中心，须与生态环境部国家监测数据平台、省大数据中心共享交换平台以及十四个设区市的监测站点完成对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰叁拾万元整（¥5,300,000.00），为含税固定总价，包括货物、软件许可、定制开发、运输、安装、调试、培训、质保期内服务及税费等全部费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|监测数据汇聚与治理平台软件（永久许可）|1套|980,000|980,000
TB:2|监测"一张图"与预警分析软件（永久许可）|1套|880,000|880,000
TB:3|应用及数据库服务器|8台|98,000|784,000
TB:4|分布式存储系统|1套|312,000|312,000
TB:5|网络安全设备（防火墙、日志审计、数据库审计）|1批|148,000|148,000
TB:|软硬件小计|||3,104,000
TB:6|定制开发（国家平台接口、市县站点接入、移动端）|1项|1,386,000|1,386,000
TB:7|数据接入与治理（含历史数据迁移）|1项|528,000|528,000
TB:8|系统集成与部署|1项|246,000|246,000
TB:9|培训|1项|36,000|36,000
TB:|合计|||5,300,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款，计人民币1,325,000元。
P:3.2 系统通过初验后十五个工作日内，甲方支付合同总价的50%，计人民币2,650,000元。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的25%，计人民币1,325,000元。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。乙方应于合同签订时提交合同总价5%的履约保函，最终验收合格后十个工作日内退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后一百五十日内完成全部软硬件到货、安装部署、定制开发和数据接入工作，并提交初验申请。
P:4.2 硬件到货时双方清点型号、数量和外观并签署到货签收单。到货签收仅证明数量，不代表质量验收。
P:4.3 乙方应派驻项目经理一名及不少于六名实施人员，未经甲方书面同意不得更换项目经理。
H:第五条 验收
P:5.1 初验标准：（1）全省1,126个国控、省控自动监测站点全部接入，数据入库延迟不超过5分钟；（2）与国家监测数据平台的双向数据交换连续运行十日无错误；（3）历史数据迁移完成并经甲方逐表核对一致；（4）300个并发用户下页面响应时间不超过3秒；（5）功能逐项符合附件1。
P:5.2 初验合格后系统进入试运行，试运行期为九十日。试运行期间未发生一级故障，并通过第三方网络安全等级保护三级测评及商用密码应用安全性评估的，乙方可申请最终验收。
P:5.3 最终验收由甲方组织专家按本条标准及附件1进行，验收合格后双方签署最终验收报告。系统上线、试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收。
H:第六条 质保与服务水平
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件原厂保修及备件更换。
P:6.2 质保期内平台月可用率不低于99.95%。故障分为三级：一级故障（平台整体中断或数据接入全面停止），乙方应在30分钟内响应、2小时内到场、6小时内恢复；二级故障（部分功能或部分地市数据中断），1小时内响应、8小时内恢复；三级故障，在下一个工作日内解决。
P:6.3 响应、到场或恢复每超过约定时限一小时，乙方支付违约金2,000元；月可用率每低于约定值0.01个百分点，乙方支付违约金3,000元。上述款项甲方可从履约保证金或应付款中直接扣除。
P:6.4 质保期满后，甲方如需继续运维，双方另行签订运维合同，年度运维服务费不超过软硬件小计的9%，即每年不超过279,360元，质保期满后的前两年不得上调。运维合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、移动端应用、数据治理规则、源代码及技术文档，其知识产权归甲方所有。乙方应在最终验收时交付完整源代码及编译部署说明，甲方有权自行或委托第三方使用、修改，并许可他人使用。
P:7.2 乙方提供的平台软件的知识产权仍归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.3 乙方保证所提供的软件、硬件和服务不侵犯第三方的合法权利；如发生侵权争议，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台汇聚的监测数据、排污许可数据、执法数据及系统日志均属于甲方所有。乙方仅可为履行本合同而接触和处理上述数据，不得用于本合同以外的任何目的，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护三级要求建设系统，落实访问控制、加密传输和存储、日志审计等措施；运维人员须经甲方堡垒机并使用双因素认证访问系统；开发测试环境只使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改、丢失或其他安全事件时，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成安全事件的，乙方承担全部法律责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书。保密义务不因本合同的终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的货物或系统不符合合同约定的，应在甲方要求的期限内免费更换或整改；整改后仍不合格的，甲方有权解除合同。
P:10.3 甲方无正当理由逾期付款的，按逾期金额和同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同全部或部分转包，亦不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（1）逾期超过六十日；（2）严重违反数据安全或保密义务；（3）其他根本违约行为，经甲方书面催告后十五日内仍未纠正。
P:12.2 合同解除后，乙方应返还甲方已付但未履行部分的款项，并移交全部数据、文档和源代码。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:14.2 附件1：技术需求响应表；附件2：实施进度计划；附件3：数据安全责任书。
P:甲方（盖章）：滨江省生态环境厅　　　　乙方（盖章）：青岚数智科技股份有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:签订日期：2026年　月　日　　　　　　　签订日期：2026年　月　日
"""

H132Z02 = r"""T:2号高炉炉体温度在线监测系统采购及维保合同
P:合同编号：JBGT-SB-2026-0389
P:甲方（买方）：江北钢铁股份有限公司
P:地址：江北市钢城区冶金大道1号
P:乙方（卖方）：澄炉传感技术有限公司
P:地址：澄州市经济开发区传感器产业园6栋
P:甲方因2号高炉（有效容积3,200立方米）大修后炉体安全监控的需要，向乙方采购炉体温度在线监测系统，并委托乙方在质保期满后提供维保服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的与价格
P:（一）乙方供应的设备、软件及服务如下（人民币，含13%增值税）：
P:1. 炉壳及冷却壁铠装热电偶测温点（K型）480支，单价1,150元，金额552,000元；
P:2. 炉缸炉底双支热电偶（S/K型）96支，单价3,600元，金额345,600元；
P:3. 分布式光纤测温主机2台，单价186,000元，金额372,000元；
P:4. 耐高温测温光缆6,400米，单价48元，金额307,200元；
P:5. 防爆数据采集站12面，单价26,500元，金额318,000元；
P:6. 工业服务器及存储2套，单价68,000元，金额136,000元；
P:7. 炉体温度监测与炉缸侵蚀模型软件（永久许可）1套，金额238,000元。
P:以上软硬件小计2,268,800元。
P:8. 安装施工（含停炉窗口期开孔、焊接、布线）312,000元；
P:9. 调试及侵蚀模型标定96,000元；
P:10. 操作及维护培训23,200元。
P:（二）合同总价为人民币贰佰柒拾万元整（¥2,700,000.00），为固定总价。质保期满后的维保费用按本合同第七条另行计取，不包含在合同总价内。
H:二、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，计270,000元。
P:（二）全部设备到货并经甲方签收后十五个工作日内，甲方支付合同总价的50%，计1,350,000元。到货签收不代表质量验收。
P:（三）系统最终验收合格后十五个工作日内，甲方支付合同总价的35%，计945,000元。
P:（四）剩余5%即135,000元作为质量保证金，质保期满且无遗留问题后十五个工作日内无息支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。甲方可以银行转账或银行承兑汇票方式付款。
H:三、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方炼铁厂指定仓库，运输、保险及装卸费用由乙方承担。
P:（二）炉壳开孔、焊接须在甲方安排的停炉窗口期内完成。乙方应提前十日提交施工方案，经甲方炼铁厂和安全环保部审批后方可施工。乙方施工人员须遵守甲方动火、高处作业及煤气区域安全管理规定。
P:（三）乙方应在停炉窗口期结束后三十日内完成系统调试，并提交最终验收申请。
H:四、验收
P:（一）到货验收：双方核对设备型号、数量、合格证及出厂检测报告，签署到货签收单。
P:（二）最终验收标准：1. 全部576个测温点投运且数据正常上传；2. 热电偶测温值与标准热电偶比对，偏差不超过±3℃；3. 侵蚀模型计算的炉缸残厚与甲方钻孔实测值偏差不超过50毫米；4. 系统连续运行三十日无一级故障；5. 与甲方高炉专家系统及L2系统的接口数据一致。
P:（三）全部标准满足后，双方签署最终验收证书。设备安装完成、系统投运或甲方使用均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新验收。
H:五、质保
P:（一）质保期为十八个月，自最终验收合格之日起计算。
P:（二）质保期内，乙方免费修复或更换损坏的设备及部件（包括热电偶和测温光缆），并免费提供软件缺陷修复和版本升级。
P:（三）因甲方操作不当或不可抗力造成的损坏不在免费质保范围内，但乙方应按成本价提供备件。
H:六、服务响应
P:（一）故障分为三级。一级故障：炉缸炉底测温点成片失效或系统整体中断；二级故障：单个采集站或光纤测温主机失效；三级故障：其他个别测点异常。
P:（二）一级故障，乙方应在接到甲方报修后8小时内响应，48小时内到达现场并修复；二级故障，24小时内响应，72小时内修复；三级故障，在下一次例行巡检时处理。
P:（三）乙方响应、到场或修复超过上述时限的，每超过一小时，甲方可从维保费或质量保证金中扣减500元。
P:（四）本条适用于质保期及维保期。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供五年维保服务，内容包括每季度现场巡检、软件维护、侵蚀模型复核标定以及损坏热电偶和测温光缆的更换（备件包干）。
P:（二）年度维保费按软硬件小计的28%计取，即每年635,264元，维保期内固定不变。甲方在每个维保年度开始后十五个工作日内支付当年度维保费。
P:（三）维保期满后是否续约由双方另行协商，本合同不自动续期。
H:八、知识产权
P:（一）炉缸侵蚀模型软件的知识产权归乙方所有，乙方授予甲方永久、不可转让的使用许可。
P:（二）乙方为本项目完成的模型标定参数、监控画面组态、与甲方专家系统和L2系统的接口程序及其源代码归甲方所有，甲方可自行修改，或委托第三方使用和维护。
H:九、数据安全
P:（一）系统采集的炉体温度数据、炉况数据及由此形成的分析结果均属于甲方所有，乙方不得用于本合同以外的目的，不得复制、带离或向任何第三方提供。
P:（二）系统部署于甲方工业控制网络，乙方应配合设置工业防火墙和单向隔离装置；乙方远程维护须逐次经甲方审批，并通过甲方堡垒机进行，操作全程记录。
P:（三）发生数据泄露、篡改或病毒入侵等安全事件时，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:十、保密
P:乙方对在履约过程中获知的甲方高炉工艺参数、生产数据、图纸及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（二）乙方交付的设备不符合约定的，应免费更换；因设备质量问题造成甲方生产损失的，乙方依法赔偿。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的二倍为限，但乙方故意、重大过失以及违反第九条、第十条造成的损失除外。
H:十二、分包
P:乙方可将开孔、焊接等施工作业分包给具有相应资质的施工单位，但须事先取得甲方书面同意。乙方对分包单位的行为承担连带责任。除此之外，乙方不得分包。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期交货超过四十五日的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十四、适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、其他
P:（一）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:（二）附件：1. 设备清单及技术参数；2. 测点布置图；3. 安全施工协议。
P:甲方（盖章）：江北钢铁股份有限公司　　　　乙方（盖章）：澄炉传感技术有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""

H132Z03 = r"""# 会员管理与处方流转云服务合同

合同编号：KZ-IT-2026-052

甲方：康泽大药房连锁股份有限公司（以下简称"甲方"）
住所：江西省南昌市红谷滩区丰和中大道1066号

乙方：云禾医药科技有限公司（以下简称"乙方"）
住所：浙江省杭州市滨江区网商路299号

甲方拟采用乙方的云服务平台统一管理门店会员并开展电子处方流转业务。双方根据《中华人民共和国民法典》及相关法律法规，经平等协商，订立本合同。

## 一、服务内容

1.1 乙方通过其"禾云"SaaS平台向甲方提供会员管理服务（会员注册、积分、储值、慢病会员档案、精准营销）和处方流转服务（与互联网医院及医疗机构之间的电子处方接收、药师审方、处方核销、医保结算对接）。

1.2 服务覆盖甲方在江西省内的420家门店及总部。

1.3 乙方另提供一次性实施服务，包括：会员数据迁移（约320万条会员记录）、与甲方POS及ERP系统对接、与三家合作互联网医院处方平台对接、门店店长及药师培训。

1.4 服务期内，乙方为甲方指定专属客户经理和实施顾问各一名，每月提交服务报告，内容包括平台可用率、故障处理、处方流转量及会员活跃度统计。

1.5 乙方可对平台进行功能升级，但不得减少本合同约定的功能或降低服务水平；重大升级应提前十五日通知甲方，并在测试环境中先行验证。

## 二、甲方义务

2.1 甲方应指定项目负责人，及时提供实施所需的系统接口文档、测试账号及门店清单，并组织门店人员参加培训。

2.2 甲方负责门店终端设备及网络的正常运行，负责确认处方审核规则及会员权益规则。

## 三、服务期限与续期

3.1 服务期三年，自实施验收合格之日起计算。

3.2 服务期届满前六十日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。续期时乙方有权根据市场情况调整服务费，上调幅度不超过上一服务年度费用的8%，乙方应于续期前三十日书面通知甲方调整后的价格。

## 四、费用与支付

4.1 本合同总额为人民币4,202,000元（含税），明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 会员管理服务订阅费 | 420家门店 × 2,600元/店/年 × 3年 | 3,276,000 |
| 处方流转服务订阅费 | 186,000元/年 × 3年 | 558,000 |
| 实施服务费（一次性） | 固定价 | 368,000 |
| 合计 | | 4,202,000 |

4.2 本合同不设预付款。订阅费按季度结算，乙方于每个服务季度结束后开具发票，甲方在收到合格发票后十五个工作日内支付。

4.3 实施服务费在实施验收合格后十五个工作日内一次性支付。

4.4 服务期内门店数量增减的，按每店每年2,600元的标准按月折算调整订阅费。

## 五、实施与验收

5.1 乙方应在合同签订后九十日内完成实施并向甲方提交验收申请。

5.2 验收标准：（1）420家门店全部上线；（2）迁移的会员数据与甲方原系统逐条核对一致，积分及储值余额无差异；（3）三家互联网医院的处方接收、审方、核销全流程测试通过，并连续十日无差错；（4）医保结算对账一致；（5）在每秒200笔交易的高峰压力下，会员识别响应时间不超过1秒。

5.3 验收合格后双方签署实施验收单。系统上线或门店开始使用不视为验收合格。

5.4 因乙方原因逾期完成实施的，每逾期一日，乙方向甲方支付违约金3,000元。

## 六、服务水平

6.1 平台月可用率不低于99.5%。计划内维护须提前三日通知甲方，并安排在凌晨0:00至6:00之间，计划内维护时间不计入不可用时间。

6.2 故障分级及响应：一级故障（平台无法登录、处方无法流转或收银时无法识别会员）15分钟内响应、2小时内恢复；二级故障30分钟内响应、8小时内恢复；三级故障2个工作日内解决。

6.3 服务补偿：月可用率低于99.5%但不低于99.0%的，乙方按当月服务费的5%予以减免；低于99.0%的，减免10%；一级故障恢复超时的，每超时1小时另减免当月服务费的1%。

## 七、知识产权

7.1 禾云平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。

7.2 乙方为甲方定制开发的接口程序、报表模板、积分规则配置及相关文档，其知识产权归甲方所有，甲方可自由使用、修改或许可第三方使用，乙方应在实施验收时交付源代码。

## 八、数据安全与数据权属

8.1 甲方的会员信息、处方信息、交易记录等业务数据（以下简称"甲方数据"）归甲方所有。

8.2 乙方应按网络安全等级保护三级要求保护平台，平台部署于中国境内；甲方数据加密存储和传输，处方信息、身份证号码等敏感个人信息单独加密并按最小授权原则访问；乙方应遵守《个人信息保护法》《数据安全法》及药品网络销售的相关规定。

8.3 发生数据泄露等安全事件的，乙方应在24小时内通知甲方，并协助甲方履行报告和告知义务；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

8.4 甲方同意乙方在对甲方数据进行去标识化处理后，将处方及购药数据用于行业药品流通分析、算法模型训练及乙方的数据产品；本合同终止后，乙方仍可继续使用上述去标识化数据。

8.5 合同终止后三十日内，乙方应向甲方返还全部甲方数据，并删除平台上的副本（第8.4条所述去标识化数据除外）。

## 九、保密

9.1 双方对在合作中获知的对方商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露，法律另有规定的除外。

9.2 乙方应限定接触甲方数据和商业信息的人员范围，并与其签订保密协议。保密义务在本合同终止后三年内继续有效。

## 十、分包

乙方不得将本合同项下的服务分包给第三方，但经甲方书面同意的除外。乙方使用的云基础设施服务商为阿里云计算有限公司，甲方签署本合同即视为同意。

## 十一、违约责任

11.1 乙方违反第八条导致甲方被行政处罚或遭受损失的，乙方应全额赔偿。

11.2 任何一方违约给对方造成损失的，应赔偿对方的实际损失。

## 十二、合同解除

12.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，或连续两个月月可用率低于99.0%的，甲方有权解除合同。

12.2 合同解除或终止时，乙方应配合甲方完成数据迁移，过渡期不少于六十日，过渡期内按原标准收费。

## 十三、适用法律与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交南昌仲裁委员会仲裁。

## 十四、其他

14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。

14.2 附件：1. 服务功能清单；2. 实施计划；3. 数据处理协议。

甲方（盖章）：康泽大药房连锁股份有限公司　　　乙方（盖章）：云禾医药科技有限公司

日期：2026年　月　日　　　　　　　　　　　　　日期：2026年　月　日
"""

H132Z04 = r"""临江市数字档案馆系统2026年度运行维护服务合同

项目编号：LJCG-2026-CS-0217
采购方式：竞争性磋商

甲方（采购人）：临江市档案馆
地址：临江市文昌路27号

乙方（供应商）：蓝格信息技术服务有限公司
地址：临江市软件园B座9层

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市数字档案馆系统2026年度运行维护服务，经协商一致，订立本合同。

第一条 服务范围
（一）应用系统：数字档案管理系统、电子文件接收与长期保存系统、档案利用服务平台、档案数字化成果管理系统，以及上述系统与市政务服务平台、市电子公文系统的接口。
（二）基础设施：馆内机房服务器22台、存储2套、备份一体机1台、网络及安全设备，以及机房空调、UPS、消防等基础设施的协调维护。
（三）服务内容：日常巡检与运行监控、故障处理、应用软件维护与小版本升级、数据库及存储维护、备份与恢复演练、安全运维（漏洞修复、补丁管理、配合等保测评）、驻场服务、重大活动及档案开放日保障。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，应依法重新组织采购。

第三条 服务费用与支付
（一）本合同总价为人民币柒拾肆万肆仟元整（¥744,000.00），为固定总价，明细如下：
1. 系统运行监控及日常巡检：156,000元；
2. 应用软件维护及小版本升级：198,000元；
3. 数据库、存储维护及备份恢复演练：126,000元；
4. 安全运维（漏洞修复、等保测评配合）：96,000元；
5. 驻场运维工程师一名（服务期内全程驻场）：168,000元。
（二）本合同不设预付款。服务费按季度支付，每季度186,000元，甲方在季度考核完成后十五个工作日内支付；第四季度服务费在年度验收合格后支付。
（三）乙方应在每次付款前开具合法有效的发票。因乙方原因被扣减的款项，甲方在当季度付款时一并扣除，并书面告知乙方扣减依据。

第四条 服务要求
（一）驻场工程师工作时间为工作日8:30至17:30，其余时间提供7×24小时电话支持；驻场工程师须具备三年以上档案信息化运维经验，更换须经甲方书面同意。
（二）乙方每日巡检并记录，每月5日前提交上月运维报告，每季度开展一次备份恢复演练。
（三）乙方应在服务期开始后四十五日内提交系统健康评估报告，并按附件2《年度任务计划表》完成等保整改项和版本升级任务。
（四）档案开放日、重要档案接收进馆及上级检查期间，乙方应安排不少于两名工程师现场保障，费用已包含在合同总价内。
（五）乙方应建立运维知识库和配置台账，对每次变更履行申请、审批、实施、验证和记录程序，重大变更须提前三个工作日报甲方审批，并制定回退方案。
（六）乙方应每半年组织一次应急演练，演练场景包括存储故障、数据库损坏和勒索病毒攻击，并提交演练报告和改进措施。

第五条 服务水平
（一）故障分级：一级故障指数字档案管理系统或档案利用服务平台整体不可用，或档案数据损坏、丢失；二级故障指部分功能不可用或接口中断；三级故障指其他一般性问题。
（二）一级故障，乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障，30分钟内响应，8小时内恢复；三级故障，2个工作日内解决。
（三）乙方响应、到场或恢复每超时1小时，甲方从当季度服务费中扣减1,000元。季度考核得分低于85分的，每低1分扣减当季度服务费1,000元。

第六条 考核与验收
（一）甲方每季度按附件1《运维服务考核表》对乙方进行考核。
（二）年度验收标准：1. 巡检记录及月度报告齐全；2. 全年至少完成四次备份恢复演练，且均在规定时间内恢复成功；3. 发现的高危漏洞全部闭环；4. 配合完成年度等保测评，且未出现因运维原因导致的高风险问题；5. 四个季度考核平均得分不低于85分。
（三）服务期满后十五日内，甲方按上述标准组织年度验收，并出具验收意见。

第七条 数据安全
（一）数字档案馆系统中的档案数据、目录数据、利用记录及系统日志均属于甲方所有。乙方仅可为履行本合同接触上述数据，不得复制、下载、带出档案馆或用于任何其他目的。
（二）运维工作原则上在馆内进行，确需远程操作的，须逐次经甲方批准，并通过甲方堡垒机进行，操作全程录像。乙方不得在运维终端上存储档案数据，更换下的存储介质由甲方统一销毁。
（三）发生数据泄露、篡改、丢失等安全事件时，乙方应在1小时内报告甲方，并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方及其人员对在服务过程中接触到的未开放档案、个人信息、系统口令及甲方工作秘密负有保密义务，不得向任何第三方披露。乙方驻场及远程运维人员应签订保密承诺书，人员名单报甲方备案，人员变动时应办理交接并收回其全部账号和门禁权限。保密义务不因合同终止而解除。

第九条 知识产权
乙方在服务过程中为甲方编写的运维脚本、配置文件、应急预案、技术文档等成果归甲方所有，甲方可自由使用和修改。乙方原有的工具软件仍归乙方所有。

第十条 分包
乙方可将机房空调、UPS等基础设施的维护保养工作委托具备相应资质的第三方承担，但应提前五个工作日书面告知甲方，并对第三方的工作质量负责。除前述工作外，乙方不得分包或转包。

第十一条 违约责任
（一）乙方未按第四条第（三）项及附件2约定的期限提交系统健康评估报告或完成等保整改项、版本升级任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）驻场工程师无故缺勤的，每人每日扣减服务费600元。
（三）因乙方原因造成档案数据丢失、损坏或泄露的，乙方承担全部赔偿责任。
（四）甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。

第十二条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，或连续两个季度考核不合格的，甲方有权解除本合同，并按实际服务期结算费用。
（二）合同终止或解除时，乙方应在十五日内向甲方或甲方指定的新服务商移交全部运维文档、配置台账、账号口令和知识库，并配合完成交接，交接期间不得中断服务。

第十三条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方两份。
（二）附件：1. 运维服务考核表；2. 年度任务计划表；3. 运维人员保密承诺书。

甲方（盖章）：临江市档案馆　　　　　　　乙方（盖章）：蓝格信息技术服务有限公司
日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""

H132Z05 = r"""# 质衡QMS质量管理系统软件许可及定制开发合同

（质衡软件标准合同文本 V4.0）

合同编号：ZH-QMS-2026-118

甲方（客户）：北原乳业股份有限公司
住所：内蒙古自治区呼和浩特市金山开发区乳业大街8号

乙方（供应商）：质衡软件科技有限公司
住所：江苏省苏州市工业园区星湖街328号

鉴于甲方拟建设覆盖奶源、生产、检验和追溯的质量管理系统，乙方拥有质衡QMS质量管理系统的著作权，双方经友好协商，就软件许可及定制开发事宜订立本合同。

### 第1条 定义

1.1 "标准软件"指乙方拥有著作权的质衡QMS质量管理系统V6及其模块，包括批次追溯、检验管理、偏差与CAPA、供应商质量管理和HACCP管理模块。

1.2 "定制开发成果"指乙方根据甲方需求开发的功能、接口、报表、配置以及相关源代码和文档。

1.3 "上线"指系统在甲方生产环境中正式投入使用。

1.4 "故障"指系统不能按用户手册正常运行的情形。一级故障指系统整体无法使用，二级故障指主要功能无法使用，其他为一般问题。

### 第2条 合同标的

2.1 乙方向甲方授予标准软件的永久使用许可，并提供定制开发、实施部署和培训服务。

2.2 许可范围：甲方及其全资子公司的五个工厂和下属牧场，共150个用户。

2.3 定制开发内容：牧场原奶检验数据对接，与甲方LIMS、MES、ERP系统的接口，婴幼儿配方乳粉全程追溯报表，HACCP关键控制点监控看板，详见附件《需求规格说明书》。

### 第3条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 标准软件平台许可（永久） | 1套 | 620,000 |
| 2 | 用户许可 | 150个 × 1,800元 | 270,000 |
| 3 | 定制开发 | 1项 | 760,000 |
| 4 | 实施与部署 | 1项 | 168,000 |
| 5 | 培训 | 1项 | 32,000 |
| | 合计 | | 1,850,000 |

合同总价为人民币壹佰捌拾伍万元整（含税）。

### 第4条 付款方式

4.1 合同签订后五个工作日内，甲方支付合同总价的45%，即832,500元，作为预付款。

4.2 系统上线后十个工作日内，甲方支付合同总价的35%，即647,500元。

4.3 系统验收合格后十个工作日内，甲方支付合同总价的20%，即370,000元。

4.4 甲方逾期付款的，乙方有权暂停开发、实施或技术支持服务，交付期限相应顺延。

### 第5条 交付与验收

5.1 乙方在收到预付款后一百二十日内完成开发和部署，使系统上线运行。因甲方需求变更、配合不及时或第三方系统原因造成的延误，交付期限相应顺延。

5.2 系统上线运行三十日后，甲方应按《需求规格说明书》和双方确认的《测试用例》组织验收。验收标准为：全部测试用例执行通过，不存在一级、二级缺陷，且追溯报表能在10秒内完成任一批次的正向和反向追溯。

5.3 验收合格后，双方签署验收报告。

### 第6条 免费维护

6.1 系统上线之日起六个月为免费维护期，乙方在此期间提供缺陷修复和远程技术支持。

6.2 一级故障（系统无法使用），乙方在接到甲方通知后24小时内响应；二级故障，三个工作日内响应；其他问题在后续版本中统筹解决。

6.3 乙方将尽合理努力解决故障，但不因响应或处理超时承担任何扣款、赔偿或违约责任。

### 第7条 维护服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准收取。

7.2 未签订维护合同的，乙方提供的技术支持按人天另行计费。

### 第8条 知识产权

8.1 标准软件的知识产权归乙方所有。

8.2 定制开发成果（包括源代码、接口程序、报表模板和技术文档）的知识产权归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，未经乙方书面同意，甲方不得修改、反向工程或提供给第三方。

8.3 乙方有权将定制开发成果用于其他客户及后续产品版本。

### 第9条 数据

9.1 甲方在系统中录入和产生的检验数据、批次数据、供应商数据归甲方所有。

9.2 乙方应采取访问控制、数据加密、操作日志等安全措施保护甲方数据；乙方人员远程访问须使用甲方分配的账号。发生数据泄露等安全事件的，乙方应在48小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任，但赔偿以第13.2条为限。

9.3 甲方同意乙方对系统中的检验数据进行脱敏和汇总处理后，用于乙方的产品改进、行业质量基准分析以及向其他客户提供的对标服务。

### 第10条 甲方义务

10.1 甲方应在合同签订后十日内指定项目负责人，提供需求调研所需的资料、接口文档和测试环境，并及时确认需求规格说明书。

10.2 甲方负责系统运行所需的服务器、数据库、网络及安全设备，并保证其符合乙方提出的配置要求。

10.3 因甲方未及时履行上述义务造成的延误和额外工作量，乙方有权顺延交付期限并按人天另行收费。

### 第11条 保密

11.1 双方应对在合作中获知的对方技术信息和经营信息保密，未经对方书面同意不得向第三方披露。

11.2 保密期限为本合同终止后两年。

### 第12条 合作伙伴

12.1 乙方有权将部分开发和实施工作委托其认证合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作承担责任。

### 第13条 违约责任

13.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，累计不超过合同总价的5%。

13.2 乙方在本合同项下的全部赔偿责任（包括违约金）以合同总价的25%为限，且乙方不承担任何间接损失、利润损失或数据损失。

### 第14条 不可抗力

因不可抗力、政策变化或第三方系统故障导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

### 第15条 合同解除

15.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方可以书面通知解除本合同。

15.2 合同解除后，甲方应支付乙方已完成工作的费用。

### 第16条 法律适用与争议解决

16.1 本合同适用中华人民共和国法律。

16.2 因本合同引起的争议，双方协商解决；协商不成的，由乙方所在地（苏州市）有管辖权的人民法院管辖。

### 第17条 其他

17.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

17.2 附件：《需求规格说明书》《测试用例》《实施计划》。

甲方（盖章）：北原乳业股份有限公司　　　　乙方（盖章）：质衡软件科技有限公司

日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""

H132E01 = r"""T:MANUFACTURING EXECUTION SYSTEM LICENCE AND SERVICES AGREEMENT
P:THIS AGREEMENT is dated ____________ 2026
H:PARTIES
P:(1) RATHLIN MANUFACTURING SYSTEMS LIMITED, incorporated and registered in Northern Ireland with company number NI675213, whose registered office is at The Old Boathouse, Church Bay, Rathlin Island, County Antrim, BT54 6RT (the "Supplier"); and
P:(2) NINGBO YINZHOU PRECISION BEARING CO., LTD., a company established under the laws of the People's Republic of China, whose registered address is at No. 88 Qiming Road, Yinzhou District, Ningbo, Zhejiang Province (the "Customer").
H:BACKGROUND
P:(A) The Supplier owns the manufacturing execution software Rathlin MES.
P:(B) The Customer manufactures deep-groove ball bearings and tapered roller bearings at two plants in Ningbo and wishes to license Rathlin MES and obtain related services.
P:(C) At the Customer's request, all prices are stated and payable in Chinese Renminbi (CNY).
H:AGREED TERMS
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Tests" means the tests described in Clause 6 and Schedule 3; "Business Day" means a day other than a Saturday, Sunday or public holiday in Ningbo; "Customisations" means the configurations, extensions, reports, interfaces and other software written by the Supplier for the Customer under this Agreement; "Go-Live" means the first use of the Software in production on all in-scope lines of both plants; "Licence Fee" means the licence charges in items 1 to 3 of Schedule 1; "Software" means Rathlin MES version 8 in object code, including the modules listed in Schedule 1.
P:1.2 Headings do not affect interpretation. The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Yinzhou and Beilun plants for its internal business purposes, for the numbers of named users and shop-floor terminals set out in Schedule 1.
P:2.2 The Customer may copy the Software for back-up, testing and disaster recovery.
H:Clause 3 Charges and Payment
P:3.1 The Charges total CNY 2,680,000, inclusive of applicable VAT, and are fixed for the scope described in Schedule 2.
P:3.2 The Customer shall pay: (a) 20% of the Charges (CNY 536,000) within 30 days after signature of this Agreement against the Supplier's invoice; (b) 45% of the Charges (CNY 1,206,000) within 30 days after Go-Live; and (c) 35% of the Charges (CNY 938,000) within 30 days after the Acceptance Certificate is signed under Clause 6.
P:3.3 Go-Live and the payment under Clause 3.2(b) do not constitute acceptance of the Software or the Customisations.
H:Clause 4 Implementation
P:4.1 The Supplier shall perform the configuration, customisation, interface and data-migration work described in Schedule 2 and shall achieve Go-Live no later than 150 days after the date of this Agreement (the "Milestone Date").
P:4.2 If Go-Live is delayed beyond the Milestone Date for reasons attributable to the Supplier, the Supplier shall pay the Customer liquidated damages of CNY 2,000 for each day of delay, up to a maximum of 10% of the Charges. This sum is a genuine pre-estimate of loss.
H:Clause 5 Customer Data and Security
P:5.1 All data entered into or generated by the Software at the Customer's plants, including production, quality, genealogy and personnel data ("Customer Data"), belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and on the Customer's documented instructions, and shall not use it for any other purpose.
P:5.2 The Software will be hosted on the Customer's own servers in Ningbo. The Supplier's personnel shall access those servers only through the Customer's VPN with multi-factor authentication, session by session as approved by the Customer, and all sessions shall be logged. The Supplier shall not copy Customer Data outside the Customer's systems or transfer it out of the People's Republic of China, and shall comply with the PRC data protection laws.
P:5.3 The Supplier shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data and shall be liable for the losses caused by its breach of this Clause 5.
H:Clause 6 Acceptance
P:6.1 After Go-Live, the Supplier shall run the Acceptance Tests in Schedule 3 jointly with the Customer. The Acceptance Tests include: (a) OEE figures reconciled to manual counts for ten consecutive shifts on each line; (b) SPC charts for raceway diameter and roundness matching the laboratory measurements; (c) zero unreconciled records between the Software and the Customer's ERP system over five Business Days; (d) full batch genealogy from steel bar to packed bearing retrieved within 5 seconds; and (e) twenty consecutive production days without a Severity 1 incident.
P:6.2 When all Acceptance Tests are passed, the Customer shall sign an Acceptance Certificate. Productive use of the Software does not constitute acceptance. Failed tests are repeated at the Supplier's cost.
H:Clause 7 Warranty
P:7.1 The Supplier warrants that for a period of ninety (90) days from Go-Live (the "Warranty Period") the Software will perform substantially in accordance with its documentation. The Supplier's sole obligation under this warranty is to correct reproducible errors notified to it during the Warranty Period.
P:7.2 All warranties and conditions implied by statute or common law are excluded to the fullest extent permitted by law.
H:Clause 8 Support and Maintenance
P:8.1 From the end of the Warranty Period the Supplier shall provide the support and maintenance services described in Schedule 4 (the "Support Services") for an annual fee of CNY 234,780, being 13% of the Licence Fee (the "Support Fee"). The Support Fee is fixed for the first five support years; any later increase shall be agreed in writing. Each support year is ordered by a purchase order of the Customer and does not renew automatically.
P:8.2 From Go-Live, Severity 1 incidents (production reporting stopped at a plant) shall receive a response within 1 hour and a workaround within 8 hours; Severity 2 incidents a response within 2 hours during Business Days; Severity 3 incidents a response on the next Business Day.
P:8.3 If the Supplier misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,500 for each hour or part of an hour of delay against the next invoice.
H:Clause 9 Intellectual Property
P:9.1 All intellectual property rights in the Software, the Customisations, the documentation and any other deliverables provided under this Agreement shall vest in and remain with the Supplier or its licensors. To the extent that any such rights would otherwise vest in the Customer, the Customer hereby assigns them to the Supplier.
P:9.2 The Customisations shall form part of the Software and are licensed to the Customer on the terms of Clause 2. The Customer shall not modify, adapt or reverse engineer the Customisations, or permit any third party to do so.
P:9.3 The Supplier shall indemnify the Customer against third-party infringement claims relating to the Software.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all information of a confidential nature disclosed to it by the other party under this Agreement and shall not disclose it except to its employees and advisers who need to know it and are bound by equivalent obligations.
P:10.2 This Clause 10 does not apply to public information or disclosures required by law, and survives termination for five years.
H:Clause 11 Limitation of Liability
P:11.1 Nothing in this Agreement limits or excludes liability for death or personal injury caused by negligence, for fraud or fraudulent misrepresentation, or for breach of Clause 5.
P:11.2 Subject to Clause 11.1, the Supplier's total aggregate liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150 per cent of the total Charges.
P:11.3 Subject to Clause 11.1, neither party shall be liable for loss of profits, loss of business or any indirect or consequential loss.
H:Clause 12 Subcontracting and Assignment
P:12.1 The Supplier shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:Clause 13 Termination
P:13.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is irremediable or, if remediable, is not remedied within 30 days after written notice requiring it to do so.
P:13.2 The Customer may also terminate this Agreement by written notice if the liquidated damages under Clause 4.2 reach their maximum.
H:Clause 14 Force Majeure
P:Neither party is in breach if prevented from performing by events beyond its reasonable control, provided it notifies the other promptly. If such an event continues for more than 60 days, either party may terminate by written notice.
H:Clause 15 General
P:15.1 This Agreement is the entire agreement between the parties. No variation is effective unless in writing and signed by both parties.
P:15.2 A person who is not a party to this Agreement shall not have any rights under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the law of Northern Ireland.
P:16.2 Each party irrevocably agrees that the courts of Northern Ireland shall have exclusive jurisdiction to settle any such dispute or claim.
H:Schedule 1 Charges
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Rathlin MES Core site licence, two plants, perpetual|1|1,150,000|1,150,000
TB:2|Named user licences|180|2,400|432,000
TB:3|Shop-floor terminal licences|64|3,500|224,000
TB:|Licence Fee subtotal|||1,806,000
TB:4|Configuration and Customisations (OEE, SPC, genealogy, ERP and PLC interfaces)|1|684,000|684,000
TB:5|Data migration and integration testing|1|146,000|146,000
TB:6|Training (six train-the-trainer sessions)|1|44,000|44,000
TB:|Total Charges|||2,680,000
P:Schedule 2 (Scope and Project Plan), Schedule 3 (Acceptance Tests) and Schedule 4 (Support Services) are attached.
P:Signed for the Supplier: ____________________ (Director)
P:Signed for the Customer: ____________________ (Legal Representative)
"""

H132E02 = r"""# Order Form No. HRS-2026-0147 – ReefBook Subscription

**Provider:** Habel Reef Systems GmbH, Hallig Habel, 25869 Gröde, Germany; registered with the Local Court (Amtsgericht) of Flensburg under HRB 14862 FL; managing director: Jens Petersen ("Provider")

**Customer:** Sanya Coral Bay Dive Resort Co., Ltd., Haitang Bay, Sanya, Hainan Province, People's Republic of China ("Customer")

## Part A – Order Form

### A.1 Products and prices

At the Customer's request all prices are stated and invoiced in Chinese Renminbi (CNY) and include all taxes.

| Item | Description | Unit | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|---|
| 1 | ReefBook Booking Suite Professional (rooms, dive packages, boat slots, channel manager) | month | 36 | 18,600 | 669,600 |
| 2 | Dive Log & Equipment Rental module | month | 36 | 4,200 | 151,200 |
| 3 | Onboarding (data migration, Ctrip and Fliggy channel connection, WeChat mini-program, payment integration) | one-time | 1 | 86,000 | 86,000 |
| 4 | On-site training, three days | one-time | 1 | 13,200 | 13,200 |
| | **Total contract value** | | | | **920,000** |

### A.2 Subscription Term

The Minimum Subscription Term is 36 months from the date of the Go-Live Acceptance Certificate (§ 4).

### A.3 Payment

Subscription fees are invoiced quarterly in arrears. The onboarding and training fees are invoiced after Go-Live Acceptance. No advance payment is due. Invoices are payable within 30 days of receipt.

### A.4 Go-Live Date

Go-Live Acceptance is to be achieved no later than 75 days after signature of this Order Form.

### A.5 Approved hosting subcontractor

Alibaba Cloud, mainland China region (Shenzhen), for infrastructure hosting only.

### A.6 Contract documents

This Order Form and the General Terms in Part B form the contract. If they conflict, this Order Form prevails. General terms of the Customer do not apply.

## Part B – General Terms and Conditions for ReefBook Subscriptions

### § 1 Scope

(1) These General Terms govern the provision of the ReefBook software as a service ("Software") and the related onboarding and support services by the Provider.

(2) The Provider provides the Software via the internet. Installation of the Software on the Customer's systems is not owed.

### § 2 Services

(1) The functions of the Software are described in the product description attached to the Order Form.

(2) The Provider may develop the Software further, provided that the agreed functions are not materially reduced. The Provider will announce material changes at least four weeks in advance.

### § 3 Rights of use

(1) The Provider grants the Customer, for the Subscription Term, the non-exclusive and non-transferable right to use the Software for the resort's own business, including use by its guests through the booking website and the mini-program.

(2) The Customer shall keep its access data secret and shall inform the Provider without delay of any suspected misuse.

### § 4 Onboarding and Go-Live Acceptance

(1) The Provider performs the onboarding services listed in the Order Form.

(2) Go-Live Acceptance requires that the following tests have been passed: (a) 200 test bookings made through the website, the mini-program and both channels without any double booking; (b) payment reconciliation with WeChat Pay and UnionPay for seven consecutive days without discrepancy; (c) the migrated guest records (approx. 38,000) reconciled with the Customer's old system; (d) the boat-slot and instructor capacity rules working as specified; and (e) the dive log and rental module tested with the Customer's equipment list. On passing, the parties sign the Go-Live Acceptance Certificate.

(3) Productive use of the Software before the Certificate is signed does not constitute acceptance.

(4) If Go-Live Acceptance is delayed beyond the Go-Live Date for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of CNY 600 for each calendar day of delay, up to 10 % of the total contract value. Further claims for damages remain unaffected; the penalty is credited against them.

### § 5 Fees and payment

(1) The fees are set out in the Order Form and are fixed for the Minimum Subscription Term.

(2) If the Customer is in default of payment for more than 60 days, the Provider may, after a written warning, restrict access to the Software until payment is made.

### § 6 Availability and support

(1) The Provider ensures an availability of the booking platform of 99.5 % per calendar month, measured at the transfer point of the Provider's data centre to the internet. Scheduled maintenance of up to six hours per month, announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time, is excluded.

(2) If availability falls below 99.5 % in a calendar month, the Customer receives a credit of 5 % of the monthly fee for each commenced 0.5 percentage point of shortfall, up to 50 % of the monthly fee.

(3) Support is provided in Chinese and English. Priority 1 (booking engine or payments unavailable): reaction time 30 minutes, 24/7, workaround within 6 hours; Priority 2 (important function impaired): reaction time 2 hours; Priority 3: next business day.

(4) If the Provider exceeds the Priority 1 reaction time, the Customer receives a credit of CNY 500 for each commenced hour of delay.

### § 7 Intellectual property

(1) All rights in the Software and its documentation remain with the Provider.

(2) Work results created specifically for the Customer, in particular booking-page templates, the source code of the WeChat mini-program, interfaces to the Customer's systems and customer-specific reports, belong to the Customer. To the extent ownership cannot be transferred, the Provider grants the Customer the exclusive, irrevocable, transferable and unlimited right to use, modify and sublicense them. The Provider delivers the source code at Go-Live Acceptance.

### § 8 Customer data and data protection

(1) All data entered by the Customer or its guests, in particular reservations, passport data, diving certifications and health questionnaires ("Customer Data"), remain the property of the Customer. The Provider processes Customer Data solely to provide the services, in accordance with the Customer's instructions, and does not use them for any other purpose, in particular not for analytics, benchmarking or training, including in anonymised form.

(2) Customer Data are hosted exclusively in mainland China (Order Form A.5). The Provider implements the technical and organisational measures set out in the annex, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of administrative access, daily back-ups kept for 30 days and an annual penetration test. The Provider complies with the PRC Personal Information Protection Law and Data Security Law.

(3) The Provider notifies the Customer of any security incident affecting Customer Data without undue delay and at the latest within 24 hours, supports the Customer in meeting its reporting duties and is liable for the damage caused by its breach of this § 8.

(4) On termination the Provider hands over all Customer Data in a common machine-readable format and deletes them within 30 days after confirmation of receipt.

### § 9 Confidentiality

(1) The parties shall keep confidential all information of the other party that is designated as confidential or is evidently confidential, and shall use it only for the purposes of this contract.

(2) This obligation continues for three years after the end of the contract.

### § 10 Subcontractors

(1) The Provider may engage subcontractors only with the prior written consent of the Customer. The hosting subcontractor named in the Order Form is approved.

(2) The Provider is responsible for its subcontractors as for its own acts.

### § 11 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under any statutory strict liability.

(2) In the case of slight negligence, the Provider is liable only for the breach of an obligation whose fulfilment is essential to the proper performance of the contract and on which the Customer regularly relies (cardinal obligation), and only for the typical, foreseeable damage.

(3) In the cases of paragraph (2), the Provider's total liability for all claims arising under this contract is limited to CNY 460,000.

### § 12 Term and termination

(1) The contract runs for the Minimum Subscription Term. It is extended by one further year at a time unless either party gives notice three months before the end of the term. Extensions are at the fees of the last contract year; any change of fees requires written agreement of both parties.

(2) Ordinary termination during the Minimum Subscription Term is excluded. The right of either party to terminate for good cause without notice remains unaffected. Good cause for the Customer exists in particular if the Provider materially breaches the contract and does not cure the breach within 14 days after a written warning, or if availability falls below 97 % in two consecutive months.

### § 13 Force majeure

Neither party is liable for delays caused by events beyond its control, such as typhoons, power failures of public networks or government measures, for as long as the event lasts.

### § 14 Final provisions

(1) This contract is governed by the laws of the People's Republic of China, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) Exclusive place of jurisdiction is the competent people's court at the Customer's seat in Sanya.

(3) Amendments must be in writing. Should any provision be invalid, the remaining provisions remain valid.

Place, date: Hallig Habel, ______ 2026 — For the Provider: ____________________ (Managing Director)

Place, date: Sanya, ______ 2026 — For the Customer: ____________________ (Legal Representative)
"""

H132E03 = r"""SEA-WATER MONITORING SYSTEM SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT

Contract No.: LH-EQ-2026-021

Buyer: Rizhao Lanhai Seaweed Aquaculture Co., Ltd., Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer")

Supplier: Berder Océan Instrumentation SAS, a French simplified joint-stock company registered with the Trade and Companies Register of Vannes, with its registered office on Île de Berder, 56870 Larmor-Baden, France (the "Supplier")

The Buyer farms kelp and laver on about 2,400 hectares of sea area off Rizhao. Following the Buyer's invitation to tender, the Buyer and the Supplier agree as follows. This Contract is written on the Buyer's standard form; at the Buyer's request, all prices are in Chinese Renminbi (CNY).

Article 1 Subject of the Contract

1.1 The Supplier shall supply, deliver, install, calibrate and commission a sea-water monitoring system for the Buyer's farming area (the "System"), train the Buyer's staff, and maintain the System during the warranty period and, if ordered, afterwards.

1.2 The System measures water temperature, salinity, dissolved oxygen, pH, chlorophyll-a, turbidity, nitrate, phosphate, currents and waves, transmits the data to a shore gateway and presents them in the monitoring software with alarms for the farm managers.

Article 2 Contract Price

2.1 The Contract Price is CNY 2,200,000 (two million two hundred thousand), inclusive of VAT, customs duties, transport to site and insurance. It is a fixed price and consists of:

  Item  Description                                              Qty   Unit price   Amount (CNY)
  1     Multi-parameter buoy stations                            14    68,500        959,000
  2     Nutrient analysers (nitrate / phosphate)                  4    96,000        384,000
  3     Current and wave profilers (ADCP)                         2   142,000        284,000
  4     Shore gateway with LoRa / 4G telemetry                    1   118,000        118,000
  5     Monitoring software, perpetual licence                    1   156,000        156,000
        Equipment and licence subtotal                                              1,901,000
  6     Installation and mooring, including vessel hire           1   214,000        214,000
  7     Calibration and commissioning                             1    61,000         61,000
  8     Training                                                  1    24,000         24,000
        Total Contract Price                                                        2,200,000

Article 3 Payment

3.1 10% of the Contract Price (CNY 220,000) as an advance payment within 15 working days after the Buyer receives the Supplier's bank advance-payment guarantee of the same amount.

3.2 55% of the Contract Price (CNY 1,210,000) within 15 working days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only; it is not acceptance.

3.3 35% of the Contract Price (CNY 770,000) within 15 working days after the Final Acceptance Certificate is signed under Article 5.

3.4 Each payment is made against a valid invoice. The Buyer pays by bank transfer in CNY.

Article 4 Delivery and Installation

4.1 The Supplier shall deliver all equipment to the Buyer's base at Lanshan Port within 100 days after signature and complete installation within 30 days thereafter, during a calm-sea window agreed with the Buyer.

4.2 The Supplier's personnel shall follow the Buyer's safety rules for work at sea, including life jackets, weather limits and the instructions of the vessel master.

Article 5 Acceptance

5.1 After installation, the System runs for a trial period of 30 consecutive days. Final Acceptance requires that: (a) all 14 buoy stations transmit data at 10-minute intervals throughout the trial period, apart from interruptions caused by storms above force 8; (b) the sensor readings agree with laboratory analysis of water samples taken by the Buyer within these tolerances: temperature ±0.1 °C, salinity ±0.2 PSU, dissolved oxygen ±0.3 mg/L, nitrate and phosphate ±10% of reading; (c) all alarm thresholds are tested and reach the farm managers' phones within 2 minutes; (d) the software functions listed in Annex 1 work; and (e) training has been completed.

5.2 When all criteria are met, the Buyer signs the Final Acceptance Certificate. Delivery, installation, the trial run and use of the data by the Buyer do not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect at its own cost and the trial period is repeated for the affected stations.

Article 6 Warranty

6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate.

6.2 During the warranty period the Supplier shall repair or replace, free of charge, any equipment that fails in normal use, including sensors, batteries, moorings and telemetry modules, carry out two calibration visits per year and supply software updates. Damage caused by vessels or by the Buyer's misuse is excluded.

Article 7 Service Levels

7.1 Faults are classified as Critical (loss of data from more than three buoy stations or from the shore gateway), Major (loss of data from one to three stations or from one nutrient analyser) and Minor (any other fault).

7.2 For a Critical fault, the Supplier shall respond within 1 hour of notification and start remote diagnosis, and shall be on site within 48 hours, weather permitting. For a Major fault, response within 2 hours and on site within 5 days. Minor faults are handled at the next calibration visit.

7.3 For each hour of late response the Supplier shall pay CNY 800, and for each day of late attendance on site CNY 2,000. The Buyer may deduct these amounts from any sum due to the Supplier.

7.4 The Supplier maintains a service engineer and a stock of spare sensors in Qingdao for the duration of the warranty and any maintenance contract.

Article 8 Post-Warranty Maintenance

8.1 After the warranty period, the Supplier shall offer maintenance on the same terms as Article 6.2 and Article 7 for an annual fee of CNY 180,595, which is 9.5% of the equipment and licence subtotal. This fee is fixed for the first three years after the warranty period.

8.2 Maintenance is ordered by the Buyer's purchase order for one year at a time and does not renew automatically.

Article 9 Intellectual Property

9.1 The Supplier retains the intellectual property rights in the monitoring software and the instrument firmware and grants the Buyer a perpetual, non-exclusive licence to use them for the System.

9.2 The alarm rules, dashboards, site configuration and interface programs produced for the Buyer under this Contract belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver them with their source code at Final Acceptance.

Article 10 Data and Security

10.1 All data measured by the System and all reports derived from them belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not disclose them or use them for any other purpose.

10.2 The data are stored on the Buyer's server in Rizhao and transmitted in encrypted form. The Supplier shall access the System remotely only through accounts assigned by the Buyer, with individual passwords and two-factor authentication, and shall not keep copies of the data outside the Buyer's systems.

10.3 The Supplier shall notify the Buyer within 12 hours of any unauthorised access to, or loss of, data of which it becomes aware, shall help the Buyer to limit the consequences and shall be liable for any loss caused by its breach of this Article.

Article 11 Confidentiality

Each party shall keep confidential all technical and commercial information of the other party obtained under this Contract, including the layout of the farming area and production figures, and shall not disclose it to any third party without the other party's written consent. This obligation survives termination for five years.

Article 12 Delay and Liability

12.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in Article 4 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.

12.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to wilful misconduct, gross negligence or breach of Articles 10 and 11.

Article 13 Subcontracting

The Supplier may use subcontractors for vessel hire and diving work only with the Buyer's prior written consent. Any other subcontracting is not allowed. The Supplier remains responsible for its subcontractors.

Article 14 Termination

14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after receiving written notice, or if the liquidated damages under Article 12.1 reach their maximum.

14.2 Upon termination, the Supplier shall refund payments for equipment and services not delivered, and the Buyer keeps the licence to any software already paid for.

Article 15 Force Majeure

Typhoons, storm surges and other events beyond a party's control excuse delay for their duration, provided that the affected party informs the other party within 3 days and takes reasonable measures to limit the effects.

Article 16 Governing Law and Disputes

This Contract is governed by the laws of the People's Republic of China. Any dispute shall first be settled through negotiation; failing that, it shall be submitted to the Rizhao Arbitration Commission for arbitration in Rizhao. The award is final and binding on both parties.

Article 17 Miscellaneous

17.1 This Contract is made in English and Chinese, both versions having equal effect. It enters into force upon signature and seal by both parties.

17.2 Annexes: Annex 1 Technical specification and software functions; Annex 2 Layout of buoy stations; Annex 3 Delivery and installation schedule.

For the Buyer: ____________________ (seal)          For the Supplier: ____________________
Date:                                                Date:
"""

H132E04 = r"""T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:between
P:JURA MANAGED IT LIMITED, a company incorporated under the Companies Acts (registered number SC748215) and having its registered office at Keils Road, Craighouse, Isle of Jura, PA60 7XZ, Scotland (the "Provider")
P:and
P:CHENGDU SHUXIANG HOTPOT CATERING MANAGEMENT CO., LTD., a company established under the laws of the People's Republic of China and having its registered address at No. 17 Tianfu Third Street, Hi-tech Zone, Chengdu, Sichuan Province (the "Customer")
P:WHEREAS the Customer operates 86 hotpot restaurants, a head office and a central kitchen in Sichuan and Chongqing, and wishes the Provider to take over the support of its information technology; and the Provider, acting through its wholly owned subsidiary in Chengdu, is willing to do so; the parties HAVE AGREED and DO HEREBY AGREE as follows. At the Customer's request, all charges are stated in Chinese Renminbi (CNY).
H:1. DEFINITIONS
P:1.1 In this Agreement: "Business Day" means a day on which banks are open in Chengdu; "Charges" means the charges set out in Clause 6; "Customer Data" has the meaning given in Clause 7; "Initial Term" means the period of twenty-four months from the Service Commencement Date; "Service Commencement Date" means the date stated in the Service Commencement Certificate; "Services" means the services described in Clause 3 and Schedule 1; "Sites" means the 86 restaurants, the head office and the central kitchen listed in Schedule 3.
P:1.2 Headings are for convenience only. References to the singular include the plural.
H:2. COMMENCEMENT AND DURATION
P:2.1 This Agreement commences on the date of the last signature. After the Transition, the Services shall be provided for the Initial Term.
P:2.2 On expiry of the Initial Term this Agreement shall continue by tacit relocation for successive periods of one year each, unless either party gives the other not less than three months' written notice before the end of the Initial Term or the current renewal period.
P:2.3 The Provider may increase the Charges with effect from the start of any renewal period by giving the Customer not less than sixty days' written notice of the new Charges.
H:3. THE SERVICES
P:3.1 The Provider shall provide: (a) a Mandarin-speaking service desk from 07:00 to 02:00 every day, covering the trading hours of the restaurants; (b) remote and on-site support in Chengdu and Chongqing for point-of-sale terminals, kitchen display screens, Wi-Fi, CCTV recorders and printers at the restaurants; (c) desktop support for 240 users at the head office and central kitchen; (d) monitoring of the network and point-of-sale connections of all 88 Sites; and (e) administration of the Customer's collaboration platform and on-premises servers.
P:3.2 The Provider shall keep an asset register and a configuration record for all supported devices and provide a monthly service report.
H:4. TRANSITION AND SERVICE COMMENCEMENT
P:4.1 The Provider shall carry out the Transition described in Schedule 2 and shall use reasonable endeavours to achieve Service Commencement within 60 days after the date of this Agreement.
P:4.2 Service Commencement requires that: (a) the asset inventory of all 88 Sites has been completed and reconciled with the Customer's asset register; (b) monitoring has been live for all Sites for five consecutive days; (c) the service desk has handled test calls from at least ten restaurants and the head office without error; (d) remote access tools are installed and approved by the Customer's IT manager; and (e) the Customer has approved the runbooks. When these criteria are met, the Customer shall sign the Service Commencement Certificate. Use of the service desk during the Transition does not constitute acceptance.
P:4.3 If Service Commencement is delayed, the Provider's only obligation is to re-plan the Transition at its own cost and keep the Customer informed.
H:5. SERVICE LEVELS
P:5.1 The Provider shall use reasonable endeavours to meet the Service Levels in Schedule 1. Priority 1 incidents (point-of-sale failure at a restaurant during trading hours, or loss of the head office network) shall receive a response within 30 minutes and have a restoration target of 6 hours. Priority 2 incidents shall receive a response within 1 hour and have a restoration target of one Business Day. Priority 3 incidents shall receive a response within 8 business hours.
P:5.2 The Service Levels are targets. Failure to meet any Service Level shall not entitle the Customer to service credits, damages or any reduction of the Charges. The Provider's sole obligation shall be to investigate the failure and provide a remediation plan within ten Business Days.
P:5.3 The parties shall review performance against the Service Levels at a monthly service review meeting.
H:6. CHARGES AND PAYMENT
P:6.1 The Charges are as follows:
TB:Service element|Unit|Quantity|Monthly unit charge (CNY)|Monthly charge (CNY)
TB:Restaurant remote and on-site support|restaurant|86|780|67,080
TB:Head office and central kitchen desktop support|user|240|95|22,800
TB:Network and point-of-sale monitoring|site|88|160|14,080
TB:Collaboration platform and server administration|fixed|1|5,040|5,040
TB:Monthly Charges||||109,000
TB:Monthly Charges for the Initial Term (24 months)||||2,616,000
TB:Transition Charge (one-time)||||94,000
TB:Total Contract Value||||2,710,000
P:6.2 The Monthly Charges are invoiced monthly in arrears from the Service Commencement Date. The Transition Charge is invoiced after the Service Commencement Certificate is signed. No charges are payable in advance.
P:6.3 Invoices are payable within 30 days. Device numbers may be adjusted quarterly at the unit charges above.
H:7. CUSTOMER DATA AND SECURITY
P:7.1 All data of the Customer processed in the course of the Services, including member data, point-of-sale transactions, staff records and CCTV footage ("Customer Data"), belong to the Customer. The Provider shall process Customer Data only to provide the Services and in accordance with the Customer's instructions.
P:7.2 Customer Data shall remain on the Customer's systems in mainland China. The Provider's staff shall access them only through the remote access tool approved by the Customer, with individual accounts and multi-factor authentication, and all sessions shall be logged. The Provider shall not copy Customer Data to its own systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:7.3 The Provider shall notify the Customer within 24 hours of any actual or suspected security incident affecting Customer Data, shall assist the Customer in its investigation and reporting, and shall be responsible for the losses caused by its breach of this Clause 7.
H:8. CONFIDENTIALITY
P:8.1 Each party shall keep confidential the other party's confidential information, including the Customer's recipes, supplier prices, store performance data and network passwords, and shall not disclose it to any third party without the other party's written consent, except to its employees and professional advisers who need to know it.
P:8.2 This Clause 8 survives termination of this Agreement for five years.
H:9. INTELLECTUAL PROPERTY
P:9.1 Runbooks, configuration scripts, network diagrams and documentation prepared by the Provider specifically for the Customer belong to the Customer, who may use, modify and pass them to any successor provider.
P:9.2 The Provider's own monitoring and service desk tools remain the property of the Provider or its licensors.
H:10. SUBCONTRACTING
P:10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Customer consents to the performance of on-site services by the Provider's subsidiary Jura Managed IT (Chengdu) Co., Ltd. The Provider remains responsible for all subcontracted work.
H:11. LIMITATION OF LIABILITY
P:11.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 7.
P:11.2 Subject to Clause 11.1, the Provider's total liability under or in connection with this Agreement shall not exceed 125 per cent of the Total Contract Value.
P:11.3 Neither party shall be liable for indirect or consequential loss or loss of profit.
H:12. TERMINATION
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice specifying the breach.
P:12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases to carry on business.
H:13. EXIT
P:13.1 On expiry or termination, the Provider shall for up to 60 days co-operate with the Customer and any successor provider, return all Customer Data and hand over the asset register, runbooks and all passwords. Exit assistance beyond the handover is charged at the Provider's day rates.
H:14. FORCE MAJEURE
P:14.1 Neither party is liable for failure or delay caused by circumstances beyond its reasonable control, provided it notifies the other party promptly.
H:15. GENERAL
P:15.1 This Agreement constitutes the whole agreement between the parties. Any variation must be in writing and signed by both parties. No failure to exercise a right is a waiver of it.
P:15.2 Notices shall be in writing and delivered by hand, courier or email to the addresses stated above.
H:16. GOVERNING LAW AND DISPUTES
P:16.1 This Agreement is governed by the law of the People's Republic of China.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The award shall be final and binding.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with Schedules 1 to 3 are executed as follows:
P:Subscribed for and on behalf of JURA MANAGED IT LIMITED at Craighouse on ____________ 2026 by ____________________, Director
P:Subscribed for and on behalf of CHENGDU SHUXIANG HOTPOT CATERING MANAGEMENT CO., LTD. at Chengdu on ____________ 2026 by ____________________, Legal Representative
P:Schedule 1: Service Description and Service Levels. Schedule 2: Transition Plan. Schedule 3: List of Sites.
"""

H132E05 = r"""SUBSCRIPTION AND INTEGRATION AGREEMENT
"FitoDoc API" phytosanitary documentation service

BETWEEN

Ventotene Trade Docs S.r.l., with registered office at Via Olivi 12, 04031 Ventotene (LT), Italy, VAT number IT03318270598, registered with the Register of Companies of Frosinone-Latina, share capital EUR 50,000 fully paid up, in the person of its legal representative pro tempore, Ms Chiara Aprea (hereinafter the "Provider")

AND

Zhangzhou Shuixian Horticulture Export Co., Ltd., with registered address at No. 6 Yuanshan Road, Longwen District, Zhangzhou, Fujian Province, People's Republic of China, in the person of its legal representative, Mr Lin Zhiyuan (hereinafter the "Customer")

(each a "Party" and together the "Parties")

WHEREAS

a) the Provider operates FitoDoc API, an online service that prepares, validates and tracks phytosanitary documentation for plant exports, including ePhyto data sets, import-permit requirements and pre-clearance data for the European Union, the United States, Japan, the Republic of Korea and other markets;

b) the Customer exports narcissus bulbs (Narcissus tazetta var. chinensis) grown in Zhangzhou and needs accurate phytosanitary documents for each consignment;

c) the Customer wishes to subscribe to FitoDoc API and to have it integrated with its ERP system and its customs declaration software;

d) at the Customer's request, all fees under this Agreement are expressed and paid in Chinese Renminbi (CNY);

e) the above premises form an integral part of this Agreement.

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Definitions)
1.1 "Service" means access to FitoDoc API and its web console as described in Annex A. "Integration" means the connection of the Service to the Customer's ERP system and customs declaration software as described in Annex B. "Integration Acceptance" means the signature of the certificate referred to in Art. 5.3. "Contract Year" means each period of one year starting on the date of Integration Acceptance or its anniversary.

Art. 2 (Subject matter)
2.1 The Provider grants the Customer access to the Service for the term of this Agreement and performs the Integration.
2.2 The Service includes up to 6,000 API calls per month. Calls above this volume are charged at CNY 2 each, invoiced quarterly in arrears.
2.3 The Provider keeps the requirement database up to date and reflects changes in the import rules of the destination markets within five business days of their official publication. Support is provided in English and Chinese by e-mail, telephone and the web console.

Art. 3 (Term and renewal)
3.1 This Agreement is entered into for a term of 36 months from the date of Integration Acceptance.
3.2 On expiry, the Agreement is renewed for one Contract Year at a time, at the fees in force during the last Contract Year, unless either Party gives written notice of non-renewal at least 90 days before expiry. Any change of fees requires the written agreement of both Parties.

Art. 4 (Fees and payment)
4.1 The fees are:
- Annual Subscription Fee: CNY 168,000 per Contract Year, i.e. CNY 504,000 for the 36-month term;
- Integration Fee: CNY 118,000, one-time;
- Total value of the Agreement: CNY 622,000, inclusive of all taxes.
4.2 The Annual Subscription Fee is paid in quarterly instalments of CNY 42,000 in arrears, within 30 days of the invoice date. The Integration Fee is invoiced after Integration Acceptance. No advance payment is due.

Art. 5 (Integration and acceptance)
5.1 The Provider shall complete the Integration within 60 days after signature of this Agreement.
5.2 The Integration is tested with 50 sample consignments covering at least six destination markets. The tests are passed when: (a) the data sets generated by the Service match the Customer's ERP data without error; (b) every consignment is validated against the current import requirements of the destination market; (c) the ePhyto data set is accepted by the test environment of the China Customs e-CIQ system; and (d) the status of each document is returned to the ERP system within 60 seconds.
5.3 When the tests are passed, the Parties sign an Integration Acceptance certificate. Use of the Service in production before that signature does not constitute acceptance.
5.4 For each day of delay in Integration Acceptance attributable to the Provider, the Provider shall pay a penalty of 0.08% of the total value of the Agreement, up to 10% of that value, without prejudice to compensation for further damage (art. 1382 of the Italian Civil Code).

Art. 6 (Service levels)
6.1 The Provider guarantees a monthly availability of the Service of 99.95%, excluding maintenance announced at least 72 hours in advance and carried out on Sundays between 01:00 and 03:00 China Standard Time.
6.2 Priority 1 incidents (Service unavailable or ePhyto submissions failing) receive a response within 30 minutes, 24 hours a day, and are restored within 3 hours. Priority 2 incidents receive a response within 2 hours on business days.
6.3 The Provider sends the Customer a monthly report on availability, incidents and API call volumes.
6.4 If monthly availability falls below the guaranteed level, the Customer receives a service credit of 5% of the quarterly instalment for availability between 99.5% and 99.95%, 10% between 99.0% and 99.5%, and 20% below 99.0%. Late restoration of a Priority 1 incident gives a further credit of CNY 300 per hour.

Art. 7 (Customer data and security)
7.1 All data supplied by the Customer or generated for it through the Service, including consignment, grower, consignee and inspection data ("Customer Data"), belong to the Customer. The Provider shall process Customer Data solely to perform this Agreement and shall not use them for analytics, benchmarking, product development or any other purpose, not even in anonymised or aggregated form.
7.2 Customer Data are stored and processed in a cloud region located in mainland China, operated by the licensed cloud provider named in Annex C. The Provider applies encryption in transit and at rest, role-based access control, two-factor authentication for its staff, logging of all access and daily back-ups, and complies with the PRC Data Security Law and Personal Information Protection Law.
7.3 The Provider shall notify the Customer of any data breach within 24 hours of becoming aware of it, shall cooperate in remedying it and shall be liable for the damage caused by its breach of this Art. 7.
7.4 At the end of the Agreement, the Provider shall return all Customer Data in CSV and JSON format and then delete them, confirming the deletion in writing.

Art. 8 (Intellectual property)
8.1 The Service, its software and the requirement database remain the exclusive property of the Provider.
8.2 The integration code, data mappings and documentation developed for the Customer under Art. 5 belong to the Customer, who may use, modify and license them freely. The Provider shall deliver the source code at Integration Acceptance.

Art. 9 (Confidentiality)
9.1 Each Party shall keep confidential the information received from the other Party in connection with this Agreement, including prices, customer lists and export volumes, and shall not disclose it to third parties without prior written consent, except where required by law.
9.2 This obligation remains in force for three years after the end of the Agreement.

Art. 10 (Subcontracting)
10.1 The Provider may not subcontract the Service or the Integration, in whole or in part, without the Customer's prior written consent. The cloud provider named in Annex C is approved by the Customer upon signature of this Agreement.

Art. 11 (Liability)
11.1 The Provider's total liability under this Agreement shall not exceed 150% of the total value of the Agreement.
11.2 This limitation does not apply in cases of wilful misconduct or gross negligence (art. 1229 of the Italian Civil Code) or to breaches of Art. 7 and Art. 9.

Art. 12 (Termination)
12.1 The Customer may terminate this Agreement under art. 1456 of the Italian Civil Code by written notice if the Provider breaches Art. 7 or Art. 9, or if monthly availability is below 98% in two consecutive months.
12.2 Either Party may terminate this Agreement for any other material breach by the other Party which is not remedied within 30 days after a written notice to perform (art. 1454 of the Italian Civil Code).

Art. 13 (Force majeure)
13.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, provided it notifies the other Party promptly and resumes performance as soon as possible.

Art. 14 (Governing law and jurisdiction)
14.1 This Agreement is governed by Italian law.
14.2 The Court of Milan shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

Art. 15 (Miscellaneous)
15.1 Any amendment to this Agreement must be made in writing. Notices are sent by certified e-mail (PEC) to the Provider and by e-mail and courier to the Customer. If any provision is held invalid, the remaining provisions remain in force. This Agreement is drawn up in English; a Chinese translation is provided for convenience only.
15.2 Annexes: Annex A – Service description; Annex B – Integration scope; Annex C – Cloud provider and security measures.

Place and date: Ventotene, ______ 2026 — For the Provider: ____________________
Place and date: Zhangzhou, ______ 2026 — For the Customer: ____________________

Pursuant to and for the purposes of articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 3 (Term and renewal), Art. 11 (Liability), Art. 12 (Termination), Art. 14 (Governing law and jurisdiction).

For the Customer: ____________________
"""

SOURCES = {"h132z01": H132Z01, "h132z02": H132Z02, "h132e01": H132E01, "h132e04": H132E04}
TARGETS = {"h132z01": ("h132z01_provincial_eco_environment_monitoring_platform.docx", "docx"),
           "h132z02": ("h132z02_steelworks_blast_furnace_temperature_monitoring.pdf", "pdf"),
           "h132e01": ("h132e01_bearing_maker_mes_perpetual_licence_ni_vendor.docx", "docx"),
           "h132e04": ("h132e04_hotpot_chain_managed_it_desktop_support.pdf", "pdf")}
TEXTS = {"h132z03_pharmacy_chain_member_prescription_saas.md": H132Z03,
         "h132z04_city_archives_digital_archive_annual_om.txt": H132Z04,
         "h132z05_dairy_qms_licence_supplier_template.md": H132Z05,
         "h132e02_dive_resort_booking_saas_order_form_de_vendor.md": H132E02,
         "h132e03_seaweed_farm_seawater_sensors_maintenance.txt": H132E03,
         "h132e05_narcissus_exporter_phytosanitary_api_it_vendor.txt": H132E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
