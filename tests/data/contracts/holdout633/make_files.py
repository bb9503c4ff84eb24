"""holdout633: builds the ten drafts from the sources below, writes the .json labels and asserts lengths,
threshold-free text and labels, and the rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

SRC = {}
SRC["z01"] = """\
T:农资流通监管服务平台建设项目合同
P:合同编号：JSGX-ZC-2025-0417
P:甲方（采购人）：江淮市供销合作社联合社
P:乙方（供应商）：苏州禾链信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号JHCG-2025-118）、乙方投标文件和中标通知书，双方就农资流通监管服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供农资流通监管平台软件V3.0的永久使用许可（不限用户数，部署于甲方政务云），并按甲方需求完成定制开发，包括：农资经营主体备案与电子台账、化肥农药进销存追溯、基层社门店扫码核销、价格监测与预警、监管驾驶舱及与省级农资监管系统的数据接口。
P:1.2 乙方负责系统部署、历史数据导入、联调测试、上线保障及对甲方和县级社管理人员的培训。
P:1.3 乙方应按甲方要求组织不少于两期集中培训，每期覆盖市级及各县级社业务骨干，并提供操作视频和培训考核记录，确保甲方人员能够独立完成日常操作和基本配置。
P:1.4 乙方交付的文档包括需求规格说明书、概要设计、详细设计、测试报告、部署手册、用户手册及全部定制部分源代码，文档应使用中文并以纸质和电子版各一套提交。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾陆万捌仟元整（¥1,468,000），其中：平台软件许可费¥640,000；定制开发费¥726,000；部署、数据导入及培训费¥102,000。
P:2.2 合同总价为固定价格，已包含税费、差旅及乙方为完成本项目所需的全部费用，甲方不再另行支付其他款项。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥293,600。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，计¥660,600。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥513,800。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政资金支付程序付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收后六十日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，乙方应在知道延误事由后三日内书面告知甲方。
P:4.3 乙方应在合同签订后七日内提交项目实施方案，明确里程碑、人员安排和风险应对措施，经甲方确认后执行。乙方项目经理须常驻现场，更换项目经理须事先征得甲方书面同意。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单逐项实现；台账、追溯、核销、预警功能经甲方选定的三个县级社实测通过；省级接口连续七日数据推送无差错；二百个并发用户下页面响应时间不超过三秒。
P:5.2 最终验收标准：试运行期满六十日且未发生一级故障；历史数据导入经甲方抽样核对无差错；第三方机构出具的安全测评报告无高危问题；用户手册、源代码、接口文档及运维手册等资料齐全。
P:5.3 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
P:5.4 最终验收由甲方组织，可邀请县级社代表及外部专家参加，验收结论以书面验收报告为准。验收所需的测试数据由乙方按甲方要求准备，测试环境由甲方提供。
H:第六条 质保与维护
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程支持和现场服务。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥57,600），该标准在质保期满后三年内不得上调，维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 系统故障分为三级：一级故障指平台整体不可用或追溯、核销等核心功能中断；二级故障指部分功能异常但有替代手段；三级故障指一般性问题或咨询。
P:7.2 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内答复。
P:7.3 乙方响应或恢复超过上述时限的，每超时一小时向甲方支付违约金¥800，甲方可从应付款或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 为本项目定制开发的程序、源代码、接口、数据库设计及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台软件V3.0原有的著作权仍归乙方，甲方依第一条取得永久使用许可。乙方保证所交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的经营主体信息、交易台账、价格数据及其他业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、提供给第三方或用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据带离甲方政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、业务信息和技术资料负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条期限完成交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，应按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
P:11.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后十五个工作日内无息退还；乙方违约的，甲方可从履约保证金中扣收违约金及赔偿金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将本合同的全部或部分义务转让或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十六条 甲方义务
P:16.1 甲方应提供政务云资源、网络环境及必要的办公条件，协调县级社配合调研、测试和培训，并及时确认乙方提交的方案和文档。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江淮市供销合作社联合社    乙方（盖章）：苏州禾链信息技术有限公司
P:日期：2025年7月　日
"""
SRC["z02"] = """\
T:流延膜生产线控制系统改造及维保合同
P:合同编号：HF-SB-2025-062
P:甲方：安徽恒丰薄膜材料有限公司
P:乙方：无锡精控自动化工程有限公司
P:甲方三号CPP流延膜生产线原控制系统老化、备件停产，厚度波动影响产品合格率。经询价比选，甲方委托乙方对该生产线电气控制系统进行改造并提供质保期后的维保服务。双方经协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除原有控制柜，更换PLC控制系统、挤出机及收卷伺服驱动、在线测厚仪，部署HMI与生产数据采集软件，完成模头自动调厚闭环控制，并与甲方MES系统对接。
P:1.2 乙方负责设计、供货、安装、接线、调试、试生产及操作培训，改造期间停线时间不得超过二十天，具体停线日期由甲方根据订单安排提前通知乙方。
P:1.3 乙方应在合同签订后十日内提交电气设计图纸、改造施工方案及停线计划，经甲方书面确认后方可实施。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾捌万捌仟元整（¥1,488,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含CPU、I/O模块、控制柜）|1套|388,000
TB:2|挤出机及收卷伺服驱动系统|1套|296,000
TB:3|在线β射线测厚仪（含扫描架）|1台|352,000
TB:4|HMI及生产数据采集软件许可|1套|164,000
TB:5|工业交换机、操作台及辅材|1批|86,000
TB:—|软硬件小计||1,286,000
TB:6|安装、调试及试生产|1项|178,000
TB:7|操作及维护培训|1项|24,000
TB:—|合同总价||1,488,000
P:2.2 上述价格含税、运输、保险、安装及乙方人员差旅费用。
H:第三条 付款
P:3.1 合同签订后七个工作日内，甲方向乙方支付合同总价的45%作为预付款，计¥669,600。
P:3.2 设备到货并安装调试完成后，甲方支付合同总价的35%，计¥520,800。到货签收及安装调试完成不视为验收合格。
P:3.3 生产线改造通过最终验收后，甲方支付合同总价的20%，计¥297,600。
P:3.4 乙方应在每笔付款前开具相应金额的增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同签订后七十五日内完成设备到货，在甲方通知停线之日起二十日内完成安装调试并恢复生产。
P:4.2 因甲方原因未能按期安排停线的，工期相应顺延，但乙方应保证设备在约定地点妥善存放，并自行承担存放期间的保管责任。
P:4.3 乙方应派驻具有电气工程师资格的项目经理一名，安装调试期间每日向甲方生产部报告进度，停线期间实行两班作业，确保按期恢复生产。
H:第五条 验收
P:5.1 验收标准：连续七十二小时满负荷生产无停机；膜厚横向偏差不超过±1.5%；自动调厚闭环投入运行；收卷张力稳定无断膜；测厚数据与离线抽检结果一致；MES接口数据准确完整；电气柜接线规范并通过甲方安全检查。
P:5.2 达到上述标准后双方签署最终验收报告。未达标准的，乙方应在十日内整改并重新组织验收。试生产或甲方使用设备不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为自最终验收合格之日起十八个月。质保期内因设备或软件质量问题产生的维修、更换费用由乙方承担。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的8%，即每年¥102,880，该价格三年内固定不变。维保合同按年签订，到期不自动续期。
P:6.3 质保期及维保期内，一级故障（停线、断膜或测厚系统失效）乙方应在1小时内响应，8小时内到达现场；二级故障2小时内响应，二十四小时内处理完毕。
P:6.4 乙方响应或到场超过上述时限的，每超时一小时向甲方支付¥1,000违约金，甲方可从应付款项中扣除。
P:6.5 乙方应在甲方厂内储备常用易损备件，质保期内每季度进行一次预防性巡检并提交巡检报告。
P:6.6 年度维保服务内容包括：每季度一次预防性巡检、PLC及HMI程序备份、测厚仪标定、伺服系统参数检查、软件补丁更新、电话及远程技术支持，以及一级、二级故障的现场处理。维保期内更换的零部件按乙方投标报价清单中的单价另行结算，不另加收人工费。
P:6.7 维保期内乙方未按计划完成巡检的，每缺少一次，甲方可扣减当年维保费的百分之五。
H:第七条 数据与知识产权
P:7.1 生产工艺参数、配方、产量及质量数据属于甲方所有，乙方仅可为调试、维保使用，不得复制、带离或提供给第三方，也不得用于其他任何用途。
P:7.2 乙方远程维护须经甲方逐次授权，通过甲方指定的VPN及工控防火墙进行，并保留操作日志。因乙方原因造成数据泄露、篡改或丢失的，乙方应立即采取补救措施，在2小时内报告甲方并承担全部赔偿责任。
P:7.3 为本项目编写的PLC程序、HMI画面及接口程序的知识产权归甲方所有，乙方应交付完整源程序及注释，甲方有权自行修改和使用。
P:7.4 乙方不得在甲方控制系统中预留任何后门、远程锁机或限时授权程序，软件许可应为永久许可，不得因维保合同是否续签而限制使用。
H:第八条 保密
P:8.1 乙方对甲方的工艺、配方、客户信息及其他商业秘密负有保密义务，合同终止后五年内仍然有效。
P:8.2 乙方人员在甲方厂区拍摄照片或视频须经甲方同意，所拍资料仅用于本项目技术文件。
H:第九条 违约责任
P:9.1 乙方逾期完成到货或安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；超过二十日的，甲方有权解除合同。
P:9.2 乙方原因导致停线超期的，除违约金外，乙方还应赔偿甲方因此造成的直接损失。
P:9.3 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十条 分包
P:10.1 乙方可将电气安装、布线及控制柜制作等工作分包给具备相应资质的第三方施工单位，但应在开工前书面告知甲方分包单位名称。乙方对分包工作承担全部责任。
H:第十一条 合同解除
P:11.1 任何一方严重违反本合同，经对方书面催告后十日内仍未纠正的，守约方有权解除合同并要求赔偿损失。
H:第十二条 安全生产
P:12.1 乙方人员进入甲方厂区应遵守甲方安全管理制度，动火、登高和带电作业须办理作业许可。因乙方原因发生的安全事故由乙方负责。
H:第十三条 培训
P:13.1 乙方应在试生产期间为甲方操作工、电工和工艺员分别组织现场培训，内容包括系统操作、配方管理、厚度闭环调整、常见报警处理及备件更换，培训结束后进行考核，考核合格人员名单由双方签字确认。
P:13.2 乙方应提供中文版操作手册、电气图纸、程序备份、备件清单及维护保养规程各两套，并提交电子版。
H:第十四条 不可抗力
P:14.1 因不可抗力致使合同不能按期履行的，受影响方应在三日内通知对方并提供证明，双方协商顺延工期或变更合同，任何一方均不承担违约责任。
H:第十五条 甲方义务
P:15.1 甲方应按计划安排停线，提供安装所需的电源、压缩空气、吊装设备及临时存放场地，指派专人配合调试，并按约定支付合同价款。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：安徽恒丰薄膜材料有限公司    乙方（盖章）：无锡精控自动化工程有限公司
"""
SRC["z03"] = """\
连锁门店预约及会员管理系统SaaS服务合同

合同编号：MJ-IT-2025-031
甲方：杭州美剪连锁美发管理有限公司
乙方：上海云约网络科技有限公司

甲方经营五十家连锁理发门店，为统一线上预约、会员储值及门店收银管理，甲方选用乙方的“云约”门店SaaS平台。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方五十家门店开通“云约”平台专业版，包括微信小程序预约、发型师排班、会员储值与积分、次卡与套餐、门店收银、库存管理、营销券及总部经营报表等功能。
2. 每家门店开通一个店长账号及不超过十个员工账号，总部开通二十个管理账号。新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责平台初始化配置、门店及发型师资料录入、原有会员系统中约十八万条会员数据及储值余额的迁移核对，以及甲方品牌小程序页面的设计与上线。
2. 乙方负责对总部运营人员及各门店店长进行培训，并在上线后首月安排专人驻场支持。

（三）运营支持服务
1. 服务期内乙方为甲方指定一名客户成功经理，每月提供一次经营数据解读，每季度组织一次线上复盘会，协助甲方优化会员营销活动和发型师排班规则。
2. 乙方应在平台版本升级前七日通知甲方升级内容，涉及收银、储值等核心功能变更的，应先在甲方测试门店验证通过后再推广至全部门店。
3. 乙方提供工作日九点至二十一点的在线客服及全年电话值班，门店店长可通过小程序内的工单入口提交问题并查询处理进度。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自平台正式上线之日起计算，每个服务年度为三百六十五日。
（二）服务期满，甲方未在期满前三十日书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期年度的订阅费由乙方根据当时的产品价目表调整，乙方应在续期前十五日通知甲方，调整后的价格自续期之日起执行。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币3,960元，五十家门店每年198,000元，两个服务年度合计396,000元。
2. 实施费：人民币68,000元，包含数据迁移、小程序页面设计、培训及驻场支持。
3. 合同总价为人民币464,000元。短信、支付通道手续费等按实际用量另行结算，不计入合同总价。
（二）支付方式
1. 每个服务年度的订阅费，甲方于该服务年度开始前十个工作日内支付。
2. 实施费在平台上线验收合格后十五个工作日内一次性支付。
3. 乙方应在收款前开具增值税专用发票。

（三）其他约定
1. 服务期内新增门店的订阅费按本合同单价及剩余服务期限折算，甲方关闭门店的，可在下一服务年度减少相应订阅数量。
2. 合同总价不含甲方自行采购的收银打印机、扫码枪及门店网络费用。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置和数据迁移，具备上线条件。
（二）上线验收标准：
1. 五十家门店均能正常完成预约、开单、收银和会员扣费；
2. 迁移后的会员数量、储值余额及积分与原系统导出数据逐条核对一致；
3. 小程序在高峰时段三百人同时预约时页面响应不超过两秒；
4. 总部报表与门店收银数据按日核对一致。
（三）达到上述标准后，双方签署上线验收单。甲方试用平台不视为验收合格。

（四）平台上线后首月为稳定运行期，乙方应每日检查预约成功率、收银对账差异及会员扣费异常，并向甲方提交日报。稳定运行期内发现的问题，乙方应在两个工作日内修复。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在每日凌晨一点至六点之间，并提前二十四小时通知甲方。
（二）故障分级及响应：
1. 一级故障：全部或多家门店无法预约、收银或会员扣费，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：单个门店或部分功能异常，乙方应在2小时内响应，当日内解决；
3. 三级故障：一般咨询或优化需求，乙方应在一个工作日内答复。
（三）服务补偿：月度可用率未达到承诺标准的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣累计不超过当月订阅费的一半；一级故障恢复超时的，每超时一小时抵扣¥500。

（四）乙方每月向甲方提交服务报告，列明当月可用率、故障次数、响应及恢复时间、工单处理情况和服务抵扣金额，甲方对报告有异议的，双方在五个工作日内核对确认。
（五）乙方进行版本升级或计划内维护导致门店无法营业的，应事先与甲方协商具体时间，避开节假日及周末营业高峰。

六、数据归属与数据安全
（一）甲方的会员信息、消费记录、储值数据及经营数据归甲方所有。
（二）乙方有权在对上述数据进行去标识化处理后，将其汇总用于行业分析报告、产品改进及乙方其他客户的经营对标服务，该权利在本合同终止后继续有效。
（三）乙方应将甲方数据存储于中国境内的云服务器，采取加密存储、访问控制和日志审计等措施，落实网络安全等级保护三级要求。发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成甲方损失的，由乙方全额赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

七、知识产权
（一）“云约”平台及其升级版本的知识产权归乙方所有。
（二）为甲方设计开发的品牌小程序页面、专属报表模板及其设计文件归甲方所有，甲方可自行修改或交由第三方继续开发使用。

八、保密
双方对在合作中获悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方未按第四条约定期限具备上线条件的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
（二）乙方原因导致会员储值数据错误的，乙方应负责核对更正并赔偿甲方因此向会员支付的补偿款。
（三）甲方逾期支付订阅费超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。

十、转包与分包
乙方不得将本合同项下的服务转包，未经甲方书面同意也不得分包。

十一、合同解除
（一）一方严重违约，经另一方书面通知后十五日内未改正的，守约方有权解除本合同。
（二）乙方连续两个月未达到月度可用率承诺的，甲方有权解除本合同，乙方应退还未履行期间的订阅费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十三、甲方责任
（一）甲方应指定项目负责人，协调各门店按计划完成资料整理、人员培训和上线切换，并及时提供原会员系统的数据导出文件。
（二）甲方应妥善保管各级账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担，但乙方平台安全缺陷导致的除外。
（三）甲方门店网络及收银硬件由甲方自行负责，乙方应提供配置建议并协助排查兼容性问题。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州美剪连锁美发管理有限公司
乙方（盖章）：上海云约网络科技有限公司
日期：2025年8月　日
"""
SRC["z04"] = """\
供热调度管理系统年度运维服务合同

项目名称：供热调度管理系统2025—2026年度运维服务
采购方式：竞争性磋商（采购编号：RL-CS-2025-09）
甲方：北川市热力有限责任公司
乙方：沈阳暖联信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方为其供热调度管理系统提供年度运维服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 运维对象
（一）供热调度管理系统，包括调度中心监控平台、一级网换热站远程监控子系统（共二百一十六座换热站）、热源厂数据接入、负荷预测与平衡调度模块、二级网室温采集平台及GIS管网系统。
（二）系统所依托的应用服务器、数据库服务器、调度大屏显示系统、工业交换机及换热站PLC通讯链路（不含甲方自有网络运营商线路）。

第二条 服务期限
（一）服务期自2025年10月15日起至2026年10月14日止，共一年，其中2025年11月1日至2026年3月31日为供暖期。
（二）服务期满本合同自行终止，不自动续期。甲方如需续签，应重新履行采购程序。

第三条 服务内容
（一）日常运维：工作日派驻两名工程师在调度中心现场值守，负责系统运行监视、数据质量检查、报警处理及用户问题答复。
（二）供暖期保障：供暖期内实行二十四小时值班，驻场人员增至四名，节假日及寒潮期间由乙方项目经理带班。
（三）巡检：供暖期前完成全部换热站通讯及数据点位的全面巡检；供暖期内每月巡检一次；非供暖期每季度巡检一次，并提交巡检报告及整改建议。
（四）软件维护：修复系统缺陷，完成数据库优化、备份恢复演练及操作系统补丁更新；根据甲方调度规则变化调整负荷预测参数和报表。
（五）新增换热站接入：服务期内新建换热站的数据接入及画面组态，不超过二十座的，不另收费。
（六）应急演练：供暖期前配合甲方完成一次调度系统故障应急演练。

（七）运维资料：乙方应建立并持续更新系统运维台账，包括设备清单、软件版本、账号清单、网络拓扑、接口清单、巡检记录及故障处理记录，每月末提交甲方信息中心备查。
（八）技术支持：对甲方调度人员提出的报表、画面及操作问题，乙方应在一个工作日内答复；涉及系统配置调整的，应填写变更申请单，经甲方审批后在非高峰时段实施，并做好回退准备。
（九）服务交接：服务期满或合同解除时，乙方应配合甲方或甲方指定的新服务商完成不少于十五日的交接，移交全部运维台账、账号、文档及未结问题清单，交接期间乙方不得擅自撤离驻场人员。

第四条 服务水平
（一）供暖期内调度监控平台可用率不低于99.95%，以月度统计。
（二）故障分级与响应：
1. 一级故障：调度中心监控平台中断、超过二十座换热站数据同时中断或负荷调度功能失效，乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；
2. 二级故障：单座或少量换热站数据中断、报表或GIS等辅助功能异常，乙方应在1小时内响应，8小时内解决；
3. 三级故障：一般性问题，乙方应在下一工作日内处理。
（三）乙方响应、到场或恢复超时的，每次按¥1,500扣减服务费；月度可用率低于承诺标准的，按当季服务费的5%扣减。

（四）乙方应每月向甲方提交运维月报，内容包括故障统计、响应及恢复时间、巡检结果、遗留问题及下月工作计划；供暖期内每周提交周报，寒潮预警期间每日报告系统运行情况。

第五条 服务费用及支付
（一）年度运维服务费总额为人民币伍拾捌万陆仟元整（¥586,000），包含人员、差旅、工具软件及税费。
（二）服务费按季度支付，每季度末经甲方考核确认后十五个工作日内，甲方支付当季服务费¥146,500，并扣减第四条约定的扣款。
（三）乙方应在收款前开具合法有效的增值税专用发票。

第六条 考核与验收
（一）甲方每季度依据第三条、第四条对乙方服务进行考核，考核内容包括巡检完成率、故障处理时限、报警处理记录、驻场人员出勤及文档完整性，考核结果作为付款依据。
（二）服务期满，乙方提交年度运维总结、巡检报告、故障记录、系统配置及备份文档，甲方组织年度验收。全部考核合格且资料齐全的，视为验收合格。

（三）年度验收不合格的，乙方应在十五日内完成整改并重新提交验收资料，整改期间产生的费用由乙方承担。
（四）甲方可邀请上级主管部门或外部专家参与年度验收，验收意见作为下一年度采购评审的参考。

第七条 成果与数据归属
（一）运维过程中形成的报表、组态画面、脚本、文档等成果归甲方所有。
（二）系统中的运行数据、调度数据及用户室温数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。

（三）乙方在服务期内对系统进行的参数调整、画面修改和报表开发，应同步更新技术文档，并在服务期满时将最新版本全部移交甲方。

第八条 保密
乙方及其人员对履约中知悉的甲方管网布局、调度策略、用户信息及其他非公开信息负有保密义务，不得向任何第三方披露。本条在合同终止后三年内继续有效。

第九条 人员要求
（一）乙方项目经理应具有五年以上工业控制系统运维经验，驻场工程师应熟悉SCADA及数据库维护。
（二）驻场人员名单须经甲方确认，乙方更换人员应提前十日书面通知甲方，并保证新人员资质不低于原人员。
（三）乙方人员应遵守甲方调度中心值班、交接班及安全管理制度。

（四）驻场人员应持证上岗，工作期间统一佩戴工牌，服从甲方调度中心值班长的工作安排。

第十条 违约责任
（一）乙方未按第三条约定完成供暖期前巡检、应急演练或年度文档交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方人员违规操作造成供热事故的，乙方应赔偿甲方由此造成的全部损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

（四）乙方人员违反甲方调度中心值班制度，擅自离岗或未按规定交接班的，每发生一次，甲方可扣减当月服务费¥2,000。

第十一条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期限结算费用。

第十三条 甲方义务
（一）甲方应为驻场人员提供办公场所、网络接入及必要的工作条件，指定专人负责对接运维工作。
（二）甲方应及时审批乙方提交的变更申请、巡检计划和整改方案，并按约定支付服务费。
（三）甲方新建换热站或调整调度规则的，应提前通知乙方，以便乙方安排数据接入和参数调整。

第十四条 不可抗力
因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方据此协商变更或解除合同。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交北川仲裁委员会仲裁。

第十六条 其他
本合同一式四份，甲乙双方各执两份，经双方法定代表人或授权代表签字并盖章后生效。

甲方（盖章）：北川市热力有限责任公司
乙方（盖章）：沈阳暖联信息技术有限公司
日期：2025年9月　日
"""
SRC["z05"] = """\
# 软件产品许可及定制开发合同（标准文本 V4.0）

**合同编号：** QT-RJ-2025-0588

**甲方（买方）：** 漳州海鲜宝罐头食品有限公司

**乙方（卖方）：** 厦门启拓智能软件有限公司

本合同采用乙方标准合同文本。甲方为满足罐头杀菌工序记录电子化及追溯管理要求，购买乙方“启拓杀菌记录管理系统”软件许可，并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供启拓杀菌记录管理系统V5.2永久使用许可（单工厂、八台杀菌釜、不限客户端数量）。

1.2 乙方根据甲方需求进行定制开发，内容包括：杀菌釜温度压力曲线自动采集、F值计算与偏差报警、杀菌批次记录电子签名、与甲方ERP的批次对接、HACCP关键控制点报表及出口备案所需的记录导出格式。

1.3 乙方负责软件安装部署、数据采集器配置及操作培训。杀菌釜温度传感器及采集硬件由甲方另行采购。

1.4 系统功能以乙方产品说明书及双方确认的《定制开发需求确认单》为准。需求确认单签署后甲方提出的新增或变更需求，按乙方人天单价另行计费，交付期限相应顺延。

1.5 乙方交付物包括：软件安装介质及许可文件、定制功能安装包、用户操作手册、系统管理手册及培训课件。

## 第二条 合同金额

2.1 合同总金额为人民币玖拾伍万元整（¥950,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 启拓杀菌记录管理系统V5.2软件许可 | 600,000 |
| 2 | 定制开发 | 300,000 |
| 3 | 安装部署及培训 | 50,000 |
| | 合计 | 950,000 |

2.2 上述金额不含甲方现场网络改造及第三方硬件费用。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总金额的65%，计¥617,500，乙方收款后开始开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，计¥332,500。

3.3 甲方逾期付款的，乙方有权暂停开发及技术支持，由此造成的工期延误由甲方承担。

## 第四条 交付

4.1 乙方应在收到首期款后八十日内完成软件部署和定制开发并交付甲方上线运行。

4.2 甲方应按乙方要求提供现场环境、工艺资料及配合人员，因甲方配合不及时造成的延误，交付期限相应顺延。

## 第五条 上线与验收

5.1 乙方完成部署及开发后通知甲方上线运行。系统上线运行之日即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方视情况在后续版本中予以考虑，不影响验收结论及付款。

5.3 上线运行前，乙方应组织一次模拟杀菌批次测试，由甲方品管部人员参与，测试记录供甲方参考留存。

## 第六条 质保及维护

6.1 质保期为自系统上线运行之日起六个月。质保期内，乙方对软件缺陷提供免费修复。

6.2 质保期内，乙方提供电话及远程技术支持，并视问题情况安排人员到场，具体处理时间由乙方根据问题复杂程度确定。

6.3 质保期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的32%，即每年¥192,000。年度维护服务包括缺陷修复、版本升级及远程技术支持。

6.4 甲方不签订维护合同的，乙方不再提供任何技术支持和版本升级服务。

6.5 维护合同期限为一年，维护费于每个维护年度开始前一次性支付。乙方有权对年度维护服务内容进行调整，调整后的服务说明以乙方官网公布为准。

6.6 乙方对甲方自行修改系统配置、擅自升级操作系统或数据库、病毒感染及硬件故障导致的问题不承担质保责任，如需乙方处理，按人天单价另行收费。

## 第七条 知识产权

7.1 启拓杀菌记录管理系统及其全部版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、报表模板、接口程序及相关文档的知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或再开发。

7.3 乙方不向甲方交付源代码。

## 第八条 数据

8.1 甲方在系统中产生的杀菌记录、工艺参数及生产数据归甲方所有。

8.2 甲方同意，乙方可对上述数据进行脱敏处理后用于杀菌工艺模型训练、产品改进及行业研究，并可将脱敏后的统计结果用于乙方其他客户项目。

8.3 乙方应采取访问控制、传输加密、数据备份等必要的安全措施保护系统数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，采取补救措施，并依法承担相应赔偿责任。

8.4 合同终止后，甲方可要求乙方协助导出系统中的杀菌记录，导出格式为乙方系统支持的标准格式，乙方按人天单价收取服务费。

## 第九条 保密

9.1 双方对在合同履行中获悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十条 违约责任

10.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总金额的万分之八向甲方支付违约金，违约金总额不超过合同总金额的5%。

10.2 甲方未按约定付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 无论本合同是否有其他约定，乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总金额的25%，且乙方不承担任何间接损失、利润损失或数据损失。

10.4 乙方对因甲方提供的工艺资料错误、杀菌工艺设置不当或甲方人员操作失误导致的产品质量问题不承担任何责任。

## 第十一条 培训

11.1 乙方在系统上线前为甲方杀菌工段操作员、品管人员及信息管理员提供一次集中培训，培训时间不超过两天，培训地点在甲方工厂。

11.2 甲方人员变动需要再次培训的，乙方按标准培训报价另行收费。

## 第十二条 甲方责任

12.1 甲方应在合同签订后十日内提供杀菌工艺规程、杀菌釜参数、现有纸质记录样本、ERP接口说明及现场网络条件，并指定项目联系人。

12.2 甲方负责采购并安装符合乙方要求的温度、压力传感器及数据采集硬件，保证采集信号稳定。因传感器、网络或甲方其他系统原因导致数据采集异常的，乙方不承担责任。

12.3 甲方应妥善保管系统账号和电子签名密码，因甲方人员操作不当造成记录错误或数据丢失的，由甲方自行负责。

## 第十三条 合同解除

13.1 一方严重违约，经另一方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十四条 不可抗力

14.1 因不可抗力不能履行合同的，受影响方不承担违约责任，但应及时通知对方并提供证明。

## 第十五条 争议解决

15.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官网公布的《启拓软件许可协议》为准。

16.2 本合同附件包括《定制开发需求确认单》及《软件许可证书》，附件与本合同具有同等效力。

16.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：漳州海鲜宝罐头食品有限公司

乙方（盖章）：厦门启拓智能软件有限公司
"""
SRC["e01"] = """\
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CLJ-NB-2025-014
P:This Agreement is made between Ningbo Haoyun Auto Parts Distribution Co., Ltd., a company registered in Ningbo, Zhejiang, People's Republic of China (the "Buyer"), and Transilvania Logistics Software S.R.L., a company registered in Cluj-Napoca, Romania (the "Vendor").
P:The Buyer operates three regional warehouses that supply spare parts to dealers and repair shops in eastern China. The Buyer wishes to replace its current warehouse software with the Vendor's warehouse management system, and the Vendor has agreed to license that system and to configure, implement and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's TransWMS warehouse management system, version 8, in object code, with its standard documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, label and report templates, scripts and documentation created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's operations, including item, stock, order, dealer and employee data.
P:1.4 "Go-Live" means the first day on which all three warehouses run their daily operations on the Software.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three warehouses and its head office for up to 260 named users and 120 handheld scanners.
P:2.2 The Buyer may make backup copies and may permit its contractors to use the Software on its behalf. Additional users or sites may be added at the unit prices in Article 3.
P:2.3 The Software remains the property of the Vendor and its licensors.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,616,000 (the "Contract Price"), made up as follows: Software licence fee CNY 1,160,000; implementation services (process design, configuration, interfaces with the Buyer's ERP and the carriers' systems, data migration and go-live support) CNY 420,000; training CNY 36,000.
P:3.2 Additional named users cost CNY 3,200 each. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within twenty days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within twenty days after Go-Live. Go-Live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software and complete configuration and interfaces within 100 days after signature, and shall achieve Go-Live within 130 days after signature, following the project plan agreed by the parties within ten days after signature.
P:5.2 The acceptance criteria are: (a) every function in the Buyer's requirements list passes the agreed test scripts; (b) the ERP and carrier interfaces exchange orders and shipment data for twenty consecutive working days without loss or duplication; (c) stock figures after migration match the Buyer's physical count file line by line; (d) the system handles 1,800 order lines per hour at the largest warehouse with screen response under two seconds; (e) no Severity 1 or Severity 2 defect is open at the end of a thirty-day stable operation period after Go-Live.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within seven days. Use of the Software in production, Go-Live or any payment does not by itself constitute acceptance. If the criteria are not met, the Vendor shall correct the defects and repeat the tests at its own cost.
P:5.4 Each party shall name a project manager within five days after signature. The project managers shall meet weekly until Final Acceptance and record decisions, open issues and risks in written minutes signed by both.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to the requirements list for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at a fee of 11% of the Software licence fee per year (CNY 127,600), which is fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 The Vendor shall respond to Severity 1 defects (a warehouse cannot receive, pick or ship) within one hour, twenty-four hours a day, and restore operation within eight hours; Severity 2 defects within two hours during business hours; Severity 3 defects within one business day. Support is given in Chinese or English by telephone, remote session and, where needed, on site.
P:6.4 If the Vendor misses a response or restoration time, the Buyer may deduct CNY 1,000 for each hour of delay from any amount due to the Vendor, or claim it as liquidated damages.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables belong to the Buyer upon creation. The Vendor shall deliver their source code and documentation with the Go-Live release, and the Buyer may use, modify and license them freely.
P:7.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights, and shall defend and indemnify the Buyer against any such claim.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, keep or disclose it, or use it for any other purpose, including analysis, benchmarking or product development.
P:8.2 The Software is installed in the Buyer's data centre in Ningbo. Remote access by the Vendor is allowed only through the Buyer's VPN with multi-factor authentication, after approval for each session, and all sessions are logged. No Buyer Data may be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within six hours. The Vendor is liable for all losses caused by a security incident for which it is responsible.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation survives termination for five years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Article 8 or Article 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor as for its own.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the parts that cannot be used, and the Buyer keeps its licence to the Software and all Custom Deliverables delivered.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Romania.
P:13.2 Any dispute arising from this Agreement shall be finally settled by arbitration under the Rules of the International Commercial Arbitration Court attached to the Chamber of Commerce and Industry of Romania, seated in Bucharest, in English, by three arbitrators.
H:Article 14 General
P:14.1 This Agreement is written in English and Chinese. Both versions have equal effect; in case of discrepancy the English version prevails.
P:14.2 Amendments are valid only in writing signed by both parties. Notices are given in writing to the addresses above.
P:14.3 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to limit the effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
SRC["e02"] = """\
# ORDER FORM AND GENERAL TERMS — QUALIFLOW SUPPLIER QUALITY CLOUD

Order Form No. QF-CN-2025-0219

Provider: Qualiflow EOOD, a company registered in Sofia, Bulgaria ("Provider")

Customer: Changzhou Tianrun Precision Components Co., Ltd., Changzhou, Jiangsu, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Qualiflow Supplier Quality Cloud, Professional edition, covering supplier onboarding, incoming inspection, non-conformance reports, 8D problem solving, PPAP document management, supplier scorecards and audit planning. The service is hosted for Customer in the Alibaba Cloud Shanghai region.

### A2. Subscription Term

Twenty-four (24) months starting on the Service Start Date, which is the date Provider makes the production tenant available to Customer after Onboarding Completion (A4). The subscription ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Year 1 | 180 named users | 1,150 per user per year | 207,000 |
| Subscription, Year 2 | 180 named users | 1,150 per user per year | 207,000 |
| Onboarding package (configuration, supplier master data import, template set-up, training) | 1 | 58,000 | 58,000 |
| Total fees for the Subscription Term | | | 472,000 |

Additional named users may be added at the same unit price, pro rata for the remaining part of the subscription year. Fees are exclusive of VAT, which is added at the applicable rate.

### A4. Onboarding and Onboarding Completion

Provider shall complete onboarding within sixty days after signature of this Order Form. Onboarding Completion occurs when Customer confirms in writing that: (a) the configuration matches the approved design workbook; (b) supplier master data for at least 340 suppliers has been imported and checked against Customer's export without discrepancy; (c) the NCR, 8D and PPAP workflows pass Customer's user acceptance test scripts; and (d) integration with Customer's ERP for purchase orders and goods receipts has run for ten working days without error. Customer shall confirm or list defects within five working days of Provider's notice of readiness. Use of a test tenant is not acceptance.

### A5. Invoicing and Payment

The onboarding fee is invoiced on Onboarding Completion. The Year 1 subscription fee is invoiced on the Service Start Date and the Year 2 subscription fee on the first anniversary of the Service Start Date. Each invoice is payable within thirty days of receipt. Payment is made in CNY to Provider's account with its payment agent in Shanghai.

### A6. Contacts and Approved Hosting

Provider account manager: Ms Desislava Petrova. Customer project manager: Mr Zhou Jian, Quality Department. Approved hosting provider: Alibaba Cloud (Shanghai region).

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the service available to Customer's named users during the Subscription Term in accordance with the documentation and this Agreement.

1.2 Provider may update the service from time to time, provided that updates do not materially reduce its functionality or security. Provider shall give at least fourteen days' notice of any update that changes user workflows.

1.3 Customer is responsible for the accuracy of the data its users enter and for keeping its user credentials secure.

1.4 Provider shall provide Customer's administrators with a sandbox tenant during the Subscription Term for testing new workflows and training new users. The sandbox holds only test data chosen by Customer.

1.5 Provider shall provide standard support through its ticket portal and by telephone in Chinese and English on business days, and shall hold a quarterly review with Customer's quality manager on usage, open tickets and the product roadmap.

### 2. Service Levels

2.1 Provider shall make the production service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 22:00 and 06:00 Beijing time.

2.2 Provider shall respond to incidents as follows: Severity 1 (the service is unavailable or a core workflow cannot be used by all users) within one hour, at any time; Severity 2 (a function is impaired for some users) within three business hours; Severity 3 (other issues and questions) within two business days.

2.3 Provider shall report monthly availability and incident statistics in the customer portal. Where a service level is not met, Provider shall investigate the cause, provide a written root-cause report within ten business days and take reasonable corrective action. Service level failures do not entitle Customer to service credits, fee reductions or any other payment.

2.4 Provider shall publish a status page showing the current availability of the service and any incident under investigation, and shall inform Customer's administrators by e-mail of every Severity 1 incident when it starts and when it is resolved.

### 3. Customer Data

3.1 All data submitted by Customer or its users, and all data generated from it in the service, including supplier records, inspection results and reports ("Customer Data"), belongs to Customer.

3.2 Provider shall use Customer Data only to provide the service to Customer under this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.

3.3 At the end of the Subscription Term, Provider shall make Customer Data available for export in standard formats for sixty days and shall then delete it, confirming deletion in writing.

### 4. Data Security

4.1 Provider shall keep Customer Data within the People's Republic of China and shall maintain an information security programme certified to ISO/IEC 27001, including encryption in transit and at rest, role-based access, logging of administrator access and daily backups kept for thirty days.

4.2 Provider shall notify Customer without undue delay, and in any case within twenty-four hours, after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it and shall bear the costs of remediation and the losses caused to Customer where the incident results from Provider's breach of this clause 4.

4.3 Provider shall comply with the PRC Cybersecurity Law, the Data Security Law and the Personal Information Protection Law in processing Customer Data.

### 5. Intellectual Property

5.1 Provider retains all rights in the service, the software and the documentation.

5.2 Workflow configurations, report layouts and templates created for Customer during onboarding belong to Customer, which may use, copy, modify and have them used by third parties without restriction.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. This obligation continues for three years after the end of the Agreement.

### 7. Subcontracting

7.1 Provider shall not subcontract the performance of the service, or any part of it, without Customer's prior written consent, except for the hosting provider approved in A6. Provider is responsible for its subcontractors as for itself.

### 8. Liability

8.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.3 Clauses 8.1 and 8.2 do not limit liability for death or personal injury caused by negligence or for fraud.

8.4 Each party shall maintain insurance appropriate to its obligations under this Agreement and shall provide a certificate of insurance on reasonable request.

### 9. Term and Termination

9.1 This Agreement starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after written notice.

9.3 On termination by Customer under clause 9.2, Provider shall refund the prepaid fees for the period after termination.

9.4 Clauses 3, 4, 6 and 8 survive termination.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of application. The award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent to the contacts in A6 by e-mail with confirmation of receipt.

11.2 This Agreement may only be amended in writing signed by both parties. Neither party may assign it without the other party's written consent.

11.3 This Agreement is made in English; a Chinese translation is for reference only.

Signed for Provider: ____________________   Signed for Customer: ____________________
"""
SRC["e03"] = """\
T:Purchase Contract for Vibration Monitoring Equipment and Software
P:Contract No. WHC-EQ-2025-077
P:Buyer: Anhui Wanhe Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Thracia Sensing Systems OOD, Plovdiv, Bulgaria, acting through its representative office in Shanghai (the "Supplier").
P:The Buyer runs two clinker production lines with kilns, raw mills, cement mills, fans and conveyors whose unplanned stoppages are costly. The Buyer has selected the Supplier, following a competitive tender, to supply wireless vibration sensors, gateways and a condition-monitoring software licence, and to install, commission and support them. This contract is on the Buyer's standard terms for equipment purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply 320 wireless tri-axial vibration and temperature sensors, 24 industrial gateways with mounting kits and power supplies, and a perpetual licence to its VibroSense condition-monitoring software for unlimited users at the Buyer's Wuhu plant.
P:1.2 The Supplier shall survey the measurement points, install and commission the sensors and gateways, install the software on the Buyer's servers, configure alarm thresholds for each machine, connect the software to the Buyer's distributed control system historian, and train the Buyer's maintenance staff.
P:1.3 Detailed technical specifications and the measurement point list are set out in Annex 1; the acceptance test plan is set out in Annex 2.
H:2. Contract Price
P:2.1 The total contract price is CNY 1,528,000 (the "Contract Price"), broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|320|2,150|688,000
TB:2|Industrial gateway with mounting kit|24|9,800|235,200
TB:3|VibroSense software, perpetual plant licence|1|410,000|410,000
TB:|Equipment and licence subtotal|||1,333,200
TB:4|Installation, commissioning and historian interface|1|148,000|148,000
TB:5|Model tuning and training|1|46,800|46,800
TB:|Contract Price|||1,528,000
P:2.2 The Contract Price is fixed, includes VAT, delivery to the Buyer's plant, insurance, installation materials and all travel of the Supplier's personnel.
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price within fifteen days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:3.2 Delivery and installation payment: 55% of the Contract Price within twenty days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantity and installation only and is not acceptance.
P:3.3 Final payment: 25% of the Contract Price within twenty days after the Buyer signs the Final Acceptance Certificate.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within sixty days after signature and complete installation and commissioning within forty-five days after delivery. Installation work on running machines shall follow the Buyer's permit-to-work system and be scheduled with the Buyer's production department.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. If the delay exceeds forty days, the Buyer may also terminate the contract under clause 13.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) all sensors and gateways are installed as listed in Annex 1 and report data to the software; (b) data completeness over a sixty-day trial operation is at least 98% for every sensor; (c) the software's vibration readings deviate from the Buyer's calibrated portable analyser by no more than 5% on twenty sample points; (d) alarms are generated correctly in a test on ten machines chosen by the Buyer; (e) the historian interface transfers data without loss for the whole trial period; and (f) all documentation in Annex 2 has been delivered.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within ten days. Installation, trial operation or use of the system does not in itself constitute acceptance. If any criterion is not met, the Supplier shall remedy the defects at its own cost and the test shall be repeated.
P:5.3 The Supplier shall provide at Final Acceptance the following documentation in Chinese and English: installation drawings with the location of every sensor, the measurement point list with serial numbers, the gateway network configuration, the software administration manual, the user manual, the alarm threshold table for each machine and the training records.
P:5.4 The Buyer's maintenance manager and the Supplier's project manager shall meet every week during installation and trial operation to review progress, open issues and the safety of work on running machines. Minutes signed by both are kept with the project file.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for thirty-six months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors and gateways free of charge, including batteries that fail before their rated life, and provide software updates and support without charge.
P:6.2 After the warranty period, the Buyer may order annual support at 7.5% of the equipment and licence subtotal per year (CNY 99,990), which is fixed for two years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.3 The Supplier shall keep a stock of spare sensors and one spare gateway at the Buyer's plant during the warranty period, equal to at least three percent of the installed quantity, and shall replenish it within ten days after use.
H:7. Service Levels
P:7.1 Faults are classified as follows:
TB:Severity|Definition|Response|On site|Resolution
TB:1|Software down or more than twenty sensors on a critical machine not reporting|30 minutes|8 hours|24 hours
TB:2|Single gateway or up to twenty sensors not reporting|2 hours|2 days|3 days
TB:3|Other faults and questions|1 business day|as agreed|next update
P:7.2 For each hour by which the Supplier exceeds a response or resolution time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.3 The Supplier shall operate a support hotline in Chinese and keep a record of every fault report with its severity, response time, on-site time and resolution time. A summary of the records is sent to the Buyer each quarter during the warranty period and any support year, together with recommendations on machine condition and sensor battery replacement.
H:8. Intellectual Property
P:8.1 Machine models, alarm configurations, reports and interface programs developed for the Buyer under this contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
P:8.2 The VibroSense software and sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually under clause 1.1.
H:9. Data and Data Security
P:9.1 All measurement data, machine data and reports generated at the Buyer's plant belong to the Buyer. The Supplier shall use them only to perform this contract and shall not copy, retain or use them for any other purpose, including product development or benchmarking.
P:9.2 The software runs on the Buyer's servers. The Supplier may access it remotely only through the Buyer's VPN after approval for each session. The Supplier shall comply with the PRC Data Security Law and the Buyer's information security rules, notify the Buyer of any security incident within six hours and bear the losses caused by incidents for which it is responsible.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's process and production data, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the contract ends.
H:11. Liability
P:11.1 The Supplier is liable for all direct losses caused by its breach of this contract. The Supplier is not liable for loss of profit, except in case of wilful misconduct or gross negligence.
P:11.2 The Supplier shall maintain product liability and installation all-risk insurance covering its work at the Buyer's plant until Final Acceptance and shall provide copies of the policies before installation starts.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors work under the Supplier's full responsibility.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or in the case described in clause 4.2. The Supplier shall then refund the payments received for undelivered or defective parts and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:15. General
P:15.1 This contract is made in English and Chinese; both versions have equal force.
P:15.2 The annexes form part of this contract. The contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["e04"] = """\
# MANAGED SERVICES AGREEMENT — SERVICE DESK AND END-USER COMPUTING

Agreement No. WH-MSA-2025-36

**Customer:** Wuhan Jiuzhou Pharmaceutical Distribution Co., Ltd., Wuhan, Hubei, People's Republic of China ("Customer")

**Service Provider:** Banat IT Services S.R.L., Timișoara, Romania, acting through its wholly owned subsidiary in Wuhan ("Provider")

## Background

Customer distributes medicines to hospitals and pharmacies across Hubei and runs a head office, four warehouses and thirty-one sales offices with about 1,400 computer users. Customer wishes to outsource its IT service desk, desktop support and endpoint management to Provider for thirty-six months. Provider has experience operating such services for distribution companies and has agreed to provide them on the terms below.

## Section 1 — Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the credits set out in Schedule 3.

1.3 "Transition" means the activities by which Provider takes over the Services from Customer's internal team and the current supplier, and "Transition Acceptance" means Customer's written confirmation under Section 4.3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services, including data held on end-user devices.

## Section 2 — Term

2.1 This Agreement starts on signature. The operational term of the Services is thirty-six months from the day after Transition Acceptance (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties.

2.3 Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement or where force majeure prevents performance of the Services for more than ninety consecutive days.

## Section 3 — Services

3.1 Provider shall perform the Services described in Schedule 1 from the locations and with the staffing levels stated there, using its IT service management tool, which it makes available to Customer's users as a self-service portal in Chinese.

3.2 Provider shall follow Customer's IT policies, change management procedure and GSP (Good Supply Practice) requirements that apply to computer systems in pharmaceutical distribution.

3.3 Provider shall maintain a knowledge base, asset register and configuration records for Customer's endpoints, which Customer may consult at any time.

3.4 Provider shall hold monthly service review meetings with Customer's IT manager and shall present a quarterly improvement plan.

## Section 4 — Transition

4.1 Provider shall complete Transition within seventy-five days after signature according to the transition plan agreed within fifteen days after signature.

4.2 If Transition Acceptance is not achieved by the end of that period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to a total of CNY 120,000.

4.3 Customer shall issue Transition Acceptance when: (a) all service desk channels are live and staffed as stated in Schedule 1; (b) at least 95% of Customer's endpoints are enrolled in the endpoint management platform and report their status; (c) the knowledge base contains the agreed articles for the top sixty request types; (d) a two-week parallel run has met the Service Levels for Priority 1 and Priority 2 incidents; and (e) all transition documents have been delivered. Starting to operate the Services does not itself constitute Transition Acceptance.

## Section 5 — Charges and Payment

5.1 The charges are set out in Schedule 3: a one-time Transition Charge of CNY 84,000 and a Monthly Service Charge of CNY 68,500 for thirty-six months. The total charges for the Term are CNY 2,550,000.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after deduction of any Service Credits for that month.

5.3 Customer shall pay each undisputed invoice within thirty days of receipt. The charges are fixed for the Term and include all taxes, tools and travel within Hubei.

## Section 6 — Customer Data and Data Security

6.1 Customer Data belongs to Customer. Provider shall access and use Customer Data only to perform the Services and for no other purpose.

6.2 Provider shall: (a) give access to Customer systems only to named staff who have passed background checks; (b) use Customer's privileged access management system for all administrator access, with every session recorded; (c) encrypt all end-user devices it builds; (d) wipe or destroy data storage media before any device leaves Customer's premises and provide a certificate; (e) keep Customer Data within the People's Republic of China; and (f) comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 Provider shall report any security incident affecting Customer Data to Customer within two hours of detection, cooperate in the investigation and remediation, and bear all losses, fines and costs caused by an incident resulting from its breach of this Section 6.

6.4 At the end of the Term, Provider shall return all Customer Data, knowledge base content and configuration records and delete its copies.

## Section 7 — Intellectual Property

7.1 Knowledge base articles, scripts, device images, reports and documentation created by Provider for Customer under this Agreement belong to Customer, which may use, modify and have them used by any successor supplier without restriction.

7.2 Provider's service management tool and its pre-existing tools remain Provider's property.

## Section 8 — Personnel and Subcontracting

8.1 Provider shall name a service delivery manager who is Customer's single point of contact and shall not replace that person during the first year without Customer's agreement.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

8.3 Provider shall keep the staffing levels in Schedule 1 and shall provide additional engineers at its own cost during Customer's annual stocktaking and during the roll-out of new warehouse systems.

## Section 9 — Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Term. The limit does not apply to breach of Section 6, personal injury or wilful misconduct.

9.2 Neither party is liable for indirect losses or loss of profit.

## Section 10 — Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Section 11 — General

11.1 Notices shall be in writing to the addresses above. Amendments must be signed by both parties.

11.2 This Agreement is made in English and Chinese, both having equal force.

## Schedule 1 — Services and Staffing

| Service | Scope | Hours | Staffing / location |
|---|---|---|---|
| Service desk | Telephone, portal, e-mail and WeChat channels in Chinese; first-line resolution; ticket logging for all requests | 07:30–21:00 Monday to Saturday; on-call outside these hours for Priority 1 | 9 agents, Provider's Wuhan centre |
| Desktop support | Break-fix, moves and changes, device builds, printer support | 08:30–18:00 working days | 5 engineers at head office and warehouses; visits to sales offices |
| Endpoint management | Patching, software distribution, antivirus, encryption, asset register | Continuous monitoring | Provider's endpoint team, remote |
| Warehouse device support | Handheld scanners, label printers, warehouse PCs | 24 × 7 for warehouses | On-call engineer per shift |
| Reporting | Monthly service report, quarterly improvement plan | Monthly / quarterly | Service delivery manager |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution or workaround | Target |
|---|---|---|---|---|
| P1 | A warehouse cannot ship, or more than fifty users cannot work | 15 minutes | 3 hours | 95% of incidents per month |
| P2 | A team or a critical user cannot work | 30 minutes | 8 hours | 95% of incidents per month |
| P3 | A single user impaired, workaround available | 2 hours | 2 working days | 90% of incidents per month |
| P4 | Service requests and questions | 1 working day | 5 working days | 90% of requests per month |

Customer satisfaction, measured monthly through the portal survey, shall be at least 4.3 out of 5.

## Schedule 3 — Charges and Service Credits

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, invoiced after Transition Acceptance | 84,000 |
| Monthly Service Charge | 36 months × CNY 68,500 | 2,466,000 |
| Total charges for the Term | | 2,550,000 |

| Service Level missed in a month | Service Credit |
|---|---|
| P1 response or resolution target | 5% of the Monthly Service Charge |
| P2 response or resolution target | 3% of the Monthly Service Charge |
| P3 or P4 target | 1% of the Monthly Service Charge each |
| Customer satisfaction below target | 2% of the Monthly Service Charge |

Total Service Credits in any month shall not exceed 12% of the Monthly Service Charge. Service Credits are deducted from the next invoice.
"""
SRC["e05"] = """\
DATA SUBSCRIPTION AGREEMENT
CROP MONITORING DATA AND API SERVICE

Agreement No. AGX-HLJ-2025-011

PARTIES

Provider: AgroSat Analytics S.R.L., a company registered in Iași, Romania ("Provider").
Customer: Heilongjiang Beifeng Grain Trading Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer buys corn, soybean and rice from farms and cooperatives across Heilongjiang and Jilin and plans its purchasing, storage and logistics on crop condition and yield forecasts. Provider produces satellite-derived crop monitoring data, including vegetation indices, crop type maps, soil moisture estimates and yield forecasts, and delivers them through an application programming interface (API) and downloadable files. Customer wishes to subscribe to that data for two Subscription Years.

1. DEFINITIONS

1.1 "Data Products" means the crop monitoring data sets, forecasts and reports listed in Clause 3.1, as updated by Provider during the Subscription Term.
1.2 "API" means Provider's application programming interface through which Customer retrieves the Data Products.
1.3 "Customer Inputs" means field boundaries, farm and cooperative names, contract volumes and any other data that Customer uploads to the service.
1.4 "Subscription Year" means the one-year period beginning on the Service Start Date or on an anniversary of it, and "Subscription Term" means the first two Subscription Years together with any renewal.
1.5 "Service Start Date" means the day after Integration Acceptance under Clause 5.

2. TERM AND RENEWAL

2.1 This Agreement starts on signature and, unless terminated earlier, continues for two Subscription Years from the Service Start Date.
2.2 At the end of the second Subscription Year, and at the end of each renewal year, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.
2.3 For each renewal year Provider may increase the subscription fee by notice given at least seventy-five days before the renewal date. The increased fee applies from the renewal date unless Customer gives notice of non-renewal in time.

3. DATA PRODUCTS AND SERVICE

3.1 The subscription includes: (a) ten-metre vegetation index layers for Customer's area of interest of 180,000 square kilometres, updated every five days in the growing season; (b) crop type maps for corn, soybean and rice, updated monthly from June to September; (c) weekly soil moisture estimates; (d) county-level yield forecasts, updated every two weeks from July to harvest; and (e) field-level statistics for up to 12,000 field boundaries uploaded by Customer.
3.2 Provider shall deliver the Data Products through the API and as downloadable files, with documentation in English and Chinese.
3.3 The API allows up to 400,000 calls per month. Calls above that volume are charged at CNY 0.04 per call and are not included in the fees in Clause 4.
3.4 Provider shall provide a named technical contact and quarterly review calls on data quality and forecast accuracy.

3.5 Provider may improve its models and data sources during the Subscription Term. It shall announce any change to the format or delivery schedule of a Data Product at least thirty days in advance and keep the previous API version available for at least ninety days after the change.
3.6 Customer may nominate up to twenty users for the web viewer, in which the Data Products can be displayed on maps, compared between seasons and exported as reports for internal meetings.

4. FEES AND PAYMENT

4.1 The fees are:
    Subscription fee, Subscription Year 1: CNY 386,000
    Subscription fee, Subscription Year 2: CNY 386,000
    Integration support (one-time): CNY 42,000
    Total for the first two Subscription Years: CNY 814,000
4.2 The integration support fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year and is payable within thirty days of the invoice.
4.3 All fees are in CNY and include taxes. Payments are made to Provider's collection account in Shanghai.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall help Customer connect the API to Customer's purchasing planning system and load Customer's field boundaries within fifty days after signature.
5.2 Integration Acceptance takes place when: (a) Customer's system retrieves each Data Product through the API without error for ten consecutive working days; (b) field-level statistics are delivered for all uploaded field boundaries; (c) a back-test of the yield forecast model on the last three seasons in Customer's area has been delivered with its error statistics; and (d) the API documentation and sample code have been delivered. Customer shall confirm acceptance or list the failures within five working days.
5.3 If Integration Acceptance is not achieved within the period in Clause 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

5.4 During the first two months after the Service Start Date, Provider shall hold a weekly call with Customer's planning team to explain the Data Products, review questions about forecast results and agree any adjustments of the area of interest or the crop list. Adjustments that do not enlarge the area of interest are made without charge.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least forty-eight hours in advance.
6.2 Provider shall respond to incidents as follows: Priority 1 (the API is unavailable or a scheduled data update is missing) within eight business hours; Priority 2 (degraded performance or partial data) within two business days; Priority 3 (questions) within five business days.
6.3 If monthly availability falls below the commitment in Clause 6.1, Provider shall credit 5% of one twelfth of the current Subscription Year's fee for each full 0.1 percentage point of shortfall, up to one twelfth of that fee per month. If a scheduled data update is more than two days late, Provider shall credit CNY 1,000 per day of lateness. Credits are set off against the next invoice.

7. LICENCE AND INTELLECTUAL PROPERTY

7.1 Provider owns the Data Products and grants Customer a non-exclusive licence during the Subscription Term to use them for its internal business purposes, including sharing reports with its cooperatives and lenders.
7.2 Custom dashboards, report templates and integration code developed by Provider specifically for Customer belong to Customer, which may use, modify and license them freely.
7.3 Customer may keep and continue to use Data Products downloaded during the Subscription Term after it ends.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to deliver the service to Customer and shall not use them for any other purpose or share them with any third party.
8.2 Provider shall store Customer Inputs on servers located in the People's Republic of China, protect them with encryption, access control and logging, and comply with the PRC Data Security Law and Personal Information Protection Law.
8.3 Provider shall notify Customer of any security incident affecting Customer Inputs within twelve hours, take immediate measures to contain it and bear the losses caused by incidents resulting from its failure to meet this Clause 8.

8.4 At the end of the Subscription Term, Provider shall return Customer Inputs in a standard format on request and delete them from its systems within thirty days, confirming the deletion in writing.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including Customer's purchasing plans and volumes, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after this Agreement ends.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the first two Subscription Years, except for breach of Clauses 8 and 9, personal injury and wilful misconduct.
10.2 Provider does not warrant that yield forecasts will be accurate, but shall produce them with the methods and data described in its documentation.

10.3 Each party shall maintain, during the Subscription Term, insurance adequate for its obligations under this Agreement, including professional liability insurance for Provider, and shall provide evidence of it on request.

11. SUBCONTRACTING

11.1 Provider shall not subcontract any part of the service without Customer's prior written consent, and remains responsible for any approved subcontractor.


12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
12.2 If Customer terminates under Clause 12.1, Provider shall refund the fees paid for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

14. GENERAL

14.1 This Agreement is made in English and Chinese; both versions have equal effect.
14.2 Amendments must be in writing and signed by both parties.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- design and labels
F = {  # key: (file name, lang, category, kind)
    "z01": ("h633z01_coop_farm_supplies_supervision_platform.pdf", "zh", "software", "goods_or_licence"),
    "z02": ("h633z02_film_plant_casting_line_control_retrofit.docx", "zh", "hardware", "goods_or_licence"),
    "z03": ("h633z03_hair_salon_chain_booking_membership_saas.txt", "zh", "cloud", "service"),
    "z04": ("h633z04_heating_company_dispatch_system_om.txt", "zh", "services", "service"),
    "z05": ("h633z05_cannery_sterilisation_records_supplier_template.md", "zh", "software", "goods_or_licence"),
    "e01": ("h633e01_wms_perpetual_licence_romanian_vendor.pdf", "en", "software", "goods_or_licence"),
    "e02": ("h633e02_supplier_quality_saas_order_form.md", "en", "cloud", "service"),
    "e03": ("h633e03_cement_plant_vibration_sensors_licence.docx", "en", "hardware", "goods_or_licence"),
    "e04": ("h633e04_managed_service_desk_36_months.md", "en", "services", "service"),
    "e05": ("h633e05_crop_monitoring_data_api_subscription.txt", "en", "services", "service"),
}
ORDER = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
         "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
         "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
         "termination_for_breach", "subcontract_without_consent", "governing_law"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")
# per draft: terms that differ from BASE, extras, TCO design (itemised base, warranty months, annual fee), forum outside
D = {
    "z01": dict(t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9),
                value=1468000, capped=True, tco=(640000, 24, 57600), rules=[]),
    "z02": dict(t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=45, final_payment_on_acceptance=True,
                       warranty_months=18, post_warranty_fee_pct=8, subcontract_without_consent=True),
                value=1488000, capped=True, tco=(1286000, 18, 102880), rules=["CR-PREPAYMENT", "CR-SUBCONTRACT"]),
    "z03": dict(t=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.07,
                       auto_renewal_price_increase=True),
                value=464000, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(t=dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                       ld_rate_per_day_pct=0.02),
                value=586000, rules=["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "z05": dict(t=dict(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.08,
                       liability_cap_pct=25, prepayment_pct=65, acceptance_clause=False,
                       final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=32,
                       subcontract_without_consent=None),
                value=950000, capped=True, sla=False, deemed=True, tco=(600000, 6, 192000),
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                       "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                       governing_law="Romania"),
                value=1616000, capped=True, forum_outside=True, tco=(1160000, 18, 127600),
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(t=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, liability_cap_pct=6 / 24 * 100),
                value=472000, ld=False, rules=["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "e03": dict(t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5),
                value=1528000, capped=True, tco=(1333200, 36, 99990), rules=[]),
    "e04": dict(t=dict(p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=2000 / 2550000 * 100,
                       liability_cap_pct=150, termination_for_breach=False),
                value=2550000, rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "e05": dict(t=dict(availability_pct=99.95, p1_response_hours=8, ld_rate_per_day_pct=600 / 814000 * 100,
                       liability_cap_pct=200, auto_renewal_price_increase=True),
                value=814000, rules=["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"]),
}
RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "medium"}
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(d):
    base, wm, fee = d["tco"]
    years = max(0.0, 5 - wm / 12)
    post = fee * years
    return post / (d["value"] + post) * 100


def derive(key):
    """My reading of policy section 3 applied to the label."""
    d = D[key]
    t = dict(BASE, **d["t"])
    goods = F[key][3] == "goods_or_licence"
    sla, ld = d.get("sla", True), d.get("ld", True)
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d.get("capped") or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if "tco" in d and tco_share(d) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r), t


def risk_of(rules):
    sev = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, cat, kind = F[key]
    d = D[key]
    rules, t = derive(key)
    terms = {k: t[k] for k in ORDER}
    terms["contract_kind"] = kind
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d.get("capped", False)
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
THRESH_RE = re.compile("|".join([
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![十\d])四个?小时",
    r"(?<!twenty-)(?<!twenty )(?<!twenty)\bfour[\s-]*hours?", r"0\.05(?!\d)", r"万分之五(?![十百千])", r"千分之零点五",
    r"0\.5\s*‰", r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"(?<![\d.])(?:30|15|40)\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十)(?![一二三四五六七八九])", r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"十二个月",
    r"\btwelve[\s-]*(?:consecutive\s*)?(?:calendar\s*)?months?", r"(?<![\d.])1\s*(?:年|year)(?:质保|warranty)",
]), re.I)
MUST_HIT = ["99.9%", "4小时", "4 hours", "four hours", "四小时", "0.05%", "万分之五", "100%", "百分之百", "30%", "15 %",
            "40%", "百分之三十", "12个月", "12 months", "十二个月", "twelve months", "12-month", "4hours", "100per cent"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "twenty-four hours", "二十四小时", "0.08%", "万分之七", "10%", "130%",
             "45%", "35%", "百分之三十五", "18个月", "36 months", "十八个月", "twenty-four months", "24hours", "8%",
             "2025年12月", "12,000", "150%", "115%"]


def selftest():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), s
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), s


def read_back(path):
    if path.suffix == ".docx":
        import docx
        doc = docx.Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check(key):
    name, lang, cat, kind = F[key]
    text = read_back(OUT / name)
    if lang == "zh":
        n = len(re.sub(r"\s", "", text))
        assert 2750 <= n <= 3000, (name, n)
    else:
        n = len(text.split())
        assert 1450 <= n <= 1650, (name, n)
    for variant in (text, " ".join(text.split()), re.sub(r"\s", "", text)):
        m = THRESH_RE.search(variant)
        assert not m, (name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
    return n


def check_label(key):
    lab = label(key)
    t = lab["expected_terms"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    d = D[key]
    if "tco" in d:
        assert abs(tco_share(d) - 40) > 2, (key, tco_share(d))
    assert lab["expected_rules"] == sorted(d["rules"]), (key, lab["expected_rules"], d["rules"])
    assert risk_of(lab["expected_rules"]) == RISK[key], key
    return lab


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    write({k: SRC[k] for k in F if F[k][0].endswith((".docx", ".pdf"))},
          {k: (F[k][0], F[k][0].rsplit(".", 1)[1]) for k in F if F[k][0].endswith((".docx", ".pdf"))},
          OUT, wrap_words=True)
    for k in F:
        if F[k][0].endswith((".txt", ".md")):
            (OUT / F[k][0]).write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
    covered = set()
    for k in F:
        lab = check_label(k)
        covered |= set(lab["expected_rules"])
        (OUT / (F[k][0].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                   encoding="utf-8")
        n = check(k)
        print(k, n, lab["expected_rules"], RISK[k], "tco %.2f" % tco_share(D[k]) if "tco" in D[k] else "")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert len(D["z05"]["rules"]) in range(8, 11)
    assert [k for k in F if not D[k]["rules"]] == ["z01", "e03"] and D["e01"]["rules"] == ["CR-GOVERNING-LAW"]
    print("all checks passed")
