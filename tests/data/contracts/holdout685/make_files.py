"""holdout685: builds the ten draft contracts of this folder from the sources below, writes their .json labels and
asserts the checks of the brief (rules derived from the labels against the design list, coverage of all 20 CR rules,
no label value and no text figure on a policy threshold, text lengths as read back).

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf are built by ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:海水淡化工程监测平台采购合同
P:合同编号：HDY-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨海海水淡化研究所
P:乙方（供应商）：青澜智测信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件，双方就海水淡化工程监测平台（以下简称“平台”）的软件许可、定制开发及实施服务达成如下条款，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件许可（含数据采集、工艺监测、设备台账、告警中心模块，不限用户数、永久使用），并完成下列定制开发：反渗透膜污染预警模型、能耗与吨水成本分析、取水口水质在线监测接入、与甲方科研数据管理系统的接口。
P:1.2 乙方负责平台在甲方机房的部署、数据迁移、联调、试运行及培训，交付源代码（定制部分）、设计文档、接口说明和运维手册。
P:1.3 项目实施地点：甲方位于滨海新区的中试基地及所内机房。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万零捌仟元整（¥2,108,000），为固定总价，已含税费、运输、安装及培训费用。
P:2.2 分项价格：平台软件许可费¥1,260,000；定制开发费¥694,000；实施部署费¥118,000；培训费¥36,000。
P:2.3 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按国库集中支付程序付款。
H:第四条 交付进度
P:4.1 乙方应在合同签订后六十日内完成部署及数据迁移，一百二十日内完成定制开发并提交初步验收，初步验收后进入九十日试运行。
P:4.2 乙方应按周提交进度报告，重大偏差应在三个工作日内书面说明原因及补救措施。
P:4.3 乙方应指定具有同类项目经验的项目经理及不少于六名的实施人员，人员名单作为合同附件；项目经理未经甲方同意不得更换。
P:4.4 甲方应提供机房空间、网络环境、必要的测试数据和配合人员，并在收到乙方书面需求后五个工作日内予以答复。因甲方原因导致工期延误的，工期相应顺延。
P:4.5 乙方应为甲方提供不少于三期的培训，内容包括系统管理、监测模型维护、报表配置及常见故障处理，每期培训结束后提交培训记录及考核结果。培训教材的电子版归甲方留存使用。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；历史监测数据迁移后经全量比对无缺失、无错位；接口连续十日运行无差错；在五百个并发用户下，常用页面响应时间不超过2秒，统计查询不超过5秒。
P:5.2 最终验收标准：试运行期内无一级故障；膜污染预警模型经甲方科研人员按约定样本复核，预警准确率达到技术协议约定的指标；第三方安全测评无高危问题；文档与源代码齐全。
P:5.3 甲方在收到验收申请后十个工作日内组织验收，并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期内更换或修复的部分，其质保期自修复完成之日起重新计算。
P:6.3 质保期满后，甲方可选择与乙方签订运维服务合同，年度运维费不超过平台软件许可费的9%（即¥113,400），质保期满后三年内不得上调。运维合同按年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率应不低于99.95%（计划停机除外，计划停机须提前三个工作日经甲方同意）。
P:7.2 故障分级响应：一级故障（平台不可用或监测数据中断）30分钟内响应、2小时内到场；二级故障1小时内响应、8小时内解决；三级故障下一工作日内解决。
P:7.3 乙方未达到上述响应时限的，每迟延一小时向甲方支付¥1,000；月度可用率每低于约定值0.01个百分点，扣减当年运维费或质保金¥2,000。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果（含模型、接口程序、源代码及文档）的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:8.3 乙方保证其交付成果不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台采集、存储和处理的全部监测数据、工艺参数和科研数据属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储和日志审计，运维访问须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方技术资料、科研成果、未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:本项目不允许分包或转包。乙方不得将本合同的权利义务转让给第三方。乙方违反本条约定的，甲方有权解除合同，并要求乙方按合同总价的百分之五支付违约金。乙方使用的第三方开源组件应在交付清单中列明名称、版本及许可证类型，不得含有限制甲方使用的许可条件。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
P:13.4 合同解除后，乙方应在十日内移交已完成的成果、文档及甲方数据，并配合甲方完成系统交接。
P:13.3 因地震、台风、海啸等不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供有关证明。不可抗力影响期间，合同履行期限相应顺延，双方均不承担违约责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。双方联系人及联系方式变更的，应于变更后三日内书面通知对方。
P:15.2 招标文件、投标文件及中标通知书为本合同的组成部分。
P:15.3 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：滨海海水淡化研究所　　乙方（盖章）：青澜智测信息技术有限公司
P:签订日期：2026年  月  日
"""
Z02 = """T:芯体成型及包装线控制系统改造与维保合同
P:合同编号：HXY-SB-2026-0413
P:甲方：闽南护理用品有限公司（卫生巾生产厂）
P:乙方：泉控自动化工程有限公司
P:甲方为提高芯体成型及包装线的速度稳定性和产品合格率，委托乙方对三号生产线控制系统进行改造并提供维保服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三号线芯体成型段（粉碎、吸附成型、压花）及包装段（折叠、计数、装袋、封口）控制系统的设计、供货、安装、调试和试生产，包括伺服驱动系统、PLC及远程IO、在线视觉检测、HMI与工控机、产线控制软件及配方管理软件。
P:1.2 改造后的产线设计速度为每分钟一千二百片，切换规格时间不超过二十分钟，废品率低于千分之八。
P:1.3 乙方应在甲方计划停产窗口内完成切换，停产窗口为连续十八日。
P:1.4 新控制系统应预留与甲方制造执行系统的数据接口，按甲方提供的接口规范上传产量、停机原因、废品数量及能耗数据，上传周期不超过一分钟。乙方负责接口联调，直至甲方信息部门确认数据准确。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰玖拾玖万元整（¥1,990,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|伺服驱动器及伺服电机|46套|612,000
TB:2|PLC及远程IO模块|1套|386,000
TB:3|在线视觉检测系统|4工位|298,000
TB:4|HMI触摸屏及工控机|6台|164,000
TB:5|产线控制软件及配方管理软件许可|1套|380,000
TB:|设备及软件小计||1,840,000
TB:6|安装调试及试生产|1项|126,000
TB:7|操作及维修培训|1项|24,000
TB:|合同总价||1,990,000
P:2.2 上述价格含设备费、软件许可费、包装运输、保险、安装调试、培训及税费。除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并安装完毕后，甲方支付合同总价的55%。到货签收及安装完毕不代表质量验收。
P:3.3 改造产线通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后七十五日内将全部设备运抵甲方工厂，并在停产窗口内完成拆除、安装和单机调试。
P:4.2 乙方施工人员应遵守甲方的安全生产和洁净车间管理制度，动火、登高等作业须办理作业票。
P:4.3 原控制柜及拆除的旧设备归甲方所有，由乙方按甲方指定位置堆放。
P:4.4 乙方应在进场前提交施工组织方案、停产切换计划和应急回退方案，经甲方生产部门书面确认后实施。切换失败的，乙方应按回退方案在八小时内恢复原控制系统，保证甲方可继续生产。
P:4.5 乙方应随设备提供不少于两年用量的易损件（编码器线缆、光源、接近开关等），清单作为技术协议附件，易损件价格已包含在合同总价中。
H:第五条 验收
P:5.1 验收标准：连续七十二小时满负荷试生产，平均速度不低于设计速度的九成五；视觉检测对漏芯、偏芯、封口不良的检出率达到技术协议约定值；规格切换时间、废品率达到第1.2款要求；设备清单、接线图、程序备份及说明书齐全。
P:5.2 乙方提交验收申请后，甲方在七日内组织生产、设备、质量部门联合验收并签署验收报告。试生产期间的产品销售不视为验收。
P:5.3 验收不合格的，乙方应在十日内整改后重新验收，由此延长的工期计入乙方逾期。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内，因设备或软件质量问题产生的维修、更换和上门服务均免费。
P:6.2 质保期满后，乙方继续提供维保服务，维保年费按设备及软件小计的25%计取，即每年人民币肆拾陆万元（¥460,000），该年费在维保期内不作上调。维保内容包括每季度一次预防性维护、备件更换、程序优化及二十四小时电话支持。
P:6.3 维保期内，乙方每次预防性维护后应提交维护报告，列明检查项目、更换备件及遗留问题。甲方有权对维保质量进行年度评价，评价不合格的，可不再续签维保合同。
P:6.4 维保合同每年签订一次，期满前一个月双方协商是否续签，不自动续期。
H:第七条 服务响应
P:7.1 故障分级：一级故障指整线停机；二级故障指单工位停机或产线降速；三级故障指不影响生产的一般问题。
P:7.2 一级故障乙方应在1小时内响应，8小时内到达现场；二级故障2小时内响应，次日内解决；三级故障三个工作日内解决。
P:7.3 乙方超过响应或到场时限的，每超过一小时支付¥800违约金，从当期维保费或质保金中扣除。
P:7.4 乙方应为甲方设备维修人员提供两期培训，内容包括伺服参数设定、PLC程序备份与恢复、视觉检测标定及常见报警处理。培训结束后，甲方维修人员应能独立完成一般故障处理。
P:7.5 乙方应在甲方所在地市保留常用备件库存，并每季度向甲方报送库存清单。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数及配方模板的知识产权归甲方所有，乙方应交付源程序并保证甲方可自行修改。
P:8.2 标准软件的知识产权归原权利人所有，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 产线运行数据、工艺参数和配方数据属于甲方，乙方仅可为本合同目的使用，不得用于其他用途。
P:9.2 乙方远程维护须经甲方批准，通过甲方提供的专用通道接入并全程留存日志；不得擅自拷贝工艺配方。
P:9.3 因乙方原因导致数据泄露或被篡改的，乙方应在二小时内告知甲方，采取补救措施，并赔偿由此造成的全部损失。
H:第十条 保密
P:乙方对甲方的工艺配方、产品规格、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 因乙方原因造成停产时间超出停产窗口的，除前款违约金外，乙方还应赔偿甲方的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:乙方可将电气安装、线缆敷设等非核心工作分包给具备资质的第三方，但应提前五个工作日书面告知甲方分包单位名称及工作内容。乙方对分包单位的工作质量和安全承担全部责任。分包单位人员进场前应接受甲方的安全培训，并遵守本合同第四条的施工管理要求。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:13.2 乙方逾期交货超过三十日，或改造产线两次验收均不合格的，视为严重违约。
P:13.3 合同解除后，乙方应配合甲方恢复原控制系统或移交已完成部分的程序、图纸和资料，相关费用由违约方承担。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，履行期限相应顺延。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交泉州仲裁委员会仲裁。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""
Z03 = """连锁网咖会员与计费管理系统SaaS服务及实施合同

合同编号：YK-IT-2026-052
甲方：星驿网络文化连锁有限公司（下辖65家网咖门店）
乙方：云栈互娱科技有限公司

鉴于甲方需要统一65家门店的会员管理、上机计费、充值营销及财务对账，乙方提供“云栈会员计费云平台”（以下简称“平台”）SaaS服务及实施服务，双方经协商一致，签订本合同。

一、服务内容
（一）SaaS订阅服务：乙方向甲方65家门店开通平台的会员管理、上机计费、充值与积分、营销活动、实名认证对接、经营报表及总部管控功能，门店终端数量不限。
（二）实施服务：
1. 65家门店的系统部署、收银终端配置及门店员工培训；
2. 甲方原计费系统中会员档案、储值余额及积分数据的迁移；
3. 与甲方财务系统及公安实名上网登记系统的对接；
4. 按甲方需求开发总部经营分析报表（不少于二十张）；
5. 为每家门店的收银员及店长提供现场或远程培训，并为总部管理人员提供集中培训两次。
（三）服务期限：两个服务年度，自实施验收合格之日起算，每个服务年度为自起算日起连续的一个年度周期。

二、费用及支付
（一）订阅费：每家门店每个服务年度人民币5,600元，65家门店每个服务年度合计人民币364,000元，两个服务年度合计人民币728,000元。
（二）实施费：人民币96,000元，为一次性费用。
（三）合同总价：人民币824,000元。
（四）支付方式：
1. 实施费在实施验收合格后十五个工作日内一次付清；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付；
3. 本合同不设预付款。乙方应在每次收款前开具增值税专用发票。
（五）上述费用已包含平台使用、版本升级、数据备份、短信通道基础包及客服支持，乙方不得另行收取其他费用。
（六）门店数量在服务期内增加的，新增门店按同一单价按月折算；门店关停的，自次月起不再计费。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店的部署及数据迁移。
（二）验收标准：
1. 会员档案、储值余额、积分数据迁移后逐店比对一致，差额为零；
2. 全部门店连续七日正常计费，账单与收银流水核对无误；
3. 实名认证对接通过当地公安机关测试；
4. 二十张报表经甲方财务部门核对通过。
（三）验收前，乙方应提交部署清单、数据迁移比对报告、接口测试报告、培训签到记录及操作手册。
（四）甲方在收到验收申请后五个工作日内组织验收并出具书面意见。门店试用或上线运行不视为验收合格。验收不合格的，乙方应在七日内整改并重新申请验收，整改期间原计费系统由乙方协助保持可用。

四、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在凌晨二时至六时之间并提前三日通知甲方。
（二）故障响应：一级故障（计费中断、会员无法登录或充值失败）30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障次一工作日内处理。
（三）服务补偿：月度可用率低于约定值的，按可用率每低0.1个百分点抵扣当月订阅费的2%，累计抵扣不超过当月订阅费的一半；一级故障响应超时的，每次抵扣人民币500元。
（四）乙方应提供7×24小时客服热线，并为甲方指定专属客户经理，客户经理变更应提前七日通知甲方。

（五）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长及补偿金额，经甲方确认后作为抵扣依据。
（六）平台版本升级应在非营业高峰时段进行，升级前乙方应在测试门店验证，不得影响门店正常计费；升级引起的故障按一级故障处理。

五、数据安全
（一）会员个人信息、消费记录、储值数据及经营数据均属于甲方，乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供，亦不得利用上述数据向甲方会员推送乙方或其合作方的广告。
（二）平台部署于中国境内数据中心，通过网络安全等级保护第三级测评；乙方应对个人信息加密存储、对访问进行权限控制和审计，并遵守《个人信息保护法》。
（三）发生数据泄露或丢失的，乙方应在二小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交还甲方，并删除平台中的甲方数据，出具删除证明。

六、保密
（一）双方对在履约中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后持续有效。
（二）乙方应要求其参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。
（三）依法律规定或监管机关要求披露的，披露方应在法律允许的范围内事先通知对方。

七、知识产权
（一）平台的知识产权归乙方所有。
（二）乙方为甲方开发的经营分析报表、接口程序及相关文档的知识产权归甲方所有，甲方可自行修改或委托第三方维护。

八、甲方义务
（一）甲方负责门店网络、收银电脑及读卡设备的正常运行，并指定总部联系人统筹门店配合工作。
（二）甲方应按约定及时提供原计费系统的数据导出文件及字段说明。因甲方原因延误实施的，实施期限相应顺延。
（三）甲方应妥善保管平台管理账号，因甲方人员泄露账号造成的损失由甲方自行承担。

九、违约责任
（一）乙方未按期完成实施的，每逾期一日向甲方支付违约金人民币600元。
（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露或故意、重大过失造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十、续订
本合同服务期满前，如任何一方未提出书面异议，本合同自动续订一个服务年度，可连续续订。续订期间，乙方有权根据市场情况调整订阅单价，调整幅度不超过上一服务年度单价的8%，并于服务期满前三十日通知甲方。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务期结算订阅费。
（二）平台连续两个月可用率低于约定值的，视为乙方严重违约。
（三）本合同因乙方原因解除的，乙方应退还甲方已付但未使用服务期对应的订阅费，并配合甲方在三十日内完成数据导出和向新系统的迁移，迁移期间平台应保持正常可用，不另收费。

十三、不可抗力
因地震、洪水、疫情管控、大范围断网等不可抗力导致平台中断的，乙方应及时通知甲方并尽力恢复服务，该期间不计入可用率考核，但乙方应在不可抗力消除后二十四小时内恢复服务。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十五、其他
（一）本合同附件包括：门店清单、报表需求清单、数据迁移方案、服务水平说明，附件与本合同具有同等效力。
（二）本合同的变更须经双方书面签署。门店清单的调整以甲方书面通知为准，乙方应在收到通知后三个工作日内完成开通或停用。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　　　日期：
"""
Z04 = """花粉与过敏预报系统年度运维服务合同

项目编号：QXFW-CS-2026-009（竞争性磋商）
甲方：北原市气象局花粉监测站
乙方：禾风环境科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担花粉与过敏预报系统的年度运维服务。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，订立本合同。

第一条 运维对象
（一）全市11个花粉自动采样观测点的采样仪、显微图像识别仪及配套气象传感器；
（二）花粉浓度数据采集传输系统、花粉图像识别软件及人工复核平台；
（三）花粉与过敏气象预报系统，包括预报模型、预报产品制作子系统、公众发布接口（微信公众号、网站及医院预警推送）；
（四）监测站机房内的服务器、存储及网络设备。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止，覆盖春季树木花粉期和夏秋季草本花粉期。服务期满本合同即终止，甲方如需继续采购，依法另行组织采购程序。

第三条 服务内容
（一）日常巡检：观测点设备每周巡检一次，花粉高发期（3月至5月、8月至9月）每周两次，更换采样带及耗材，清洁进样口；
（二）数据保障：保证观测数据每小时自动入库，发现缺测、异常值应在当日补测或标注；
（三）识别复核：花粉高发期每日安排专业人员对图像识别结果进行人工复核，并按甲方格式形成日报；
（四）预报保障：每日16时前完成次日花粉浓度及过敏风险等级预报产品的制作支撑，保障公众发布渠道按时发布；
（五）模型维护：花粉季前根据上一季观测资料对预报模型参数进行检验和调整，提交检验报告；
（六）设备维修：设备故障的诊断、维修及零配件更换，单件价值在人民币3,000元以下的配件由乙方承担；
（七）年度总结：服务期满前二十日提交年度运维总结报告，内容包括设备运行情况、数据质量评估、预报检验结果、存在问题及后续年度改进建议；
（八）应急保障：遇沙尘、大风等天气导致设备受损的，乙方应在天气条件允许后当日组织抢修。

第四条 服务水平
（一）预报系统及发布接口的月度可用率不低于99.95%。
（二）故障分级：一级故障指预报产品无法制作或无法发布、三个以上观测点数据中断；二级故障指单个观测点数据中断或识别软件异常；三级故障指其他一般故障。
（三）响应时限：一级故障30分钟内响应，3小时内到达现场；二级故障1小时内响应，当日修复；三级故障两个工作日内修复。
（四）服务考核：乙方每超过响应或修复时限一小时，扣减当季运维费人民币500元；月度可用率低于约定值的，每低0.01个百分点扣减当季运维费人民币300元；预报产品因乙方原因未能按时发布的，每次扣减人民币2,000元。

第五条 合同价款及支付
（一）合同总价为人民币叁拾捌万陆仟元整（¥386,000），为服务期内全部运维服务的固定价格，含人工、差旅、耗材、配件及税费。
（二）运维费按季度支付，每季度人民币96,500元。每季度结束后，乙方提交季度服务报告，经甲方考核确认后十五个工作日内，甲方支付该季度运维费扣减考核扣款后的余额。
（三）甲方不预付任何款项。
（四）乙方收款账户信息以合同首页所载为准，变更的应加盖公章书面通知甲方，否则由此产生的付款风险由乙方承担。

第六条 考核与验收
（一）季度考核：甲方依据巡检记录、数据到报率、故障处理记录及预报发布记录对乙方进行季度考核。
（二）年度验收：服务期满后，甲方按以下标准组织验收：观测数据年有效率达到磋商文件技术要求规定的指标；全年无因乙方原因造成的预报漏发；全部巡检及维修记录完整；模型检验报告及年度总结报告经甲方专家组评审通过。
（三）验收不合格的，乙方应在十五日内整改，第四季度运维费在整改验收合格后支付。

第七条 人员要求
（一）乙方应配备项目负责人1名、驻站运维工程师2名、花粉形态鉴定人员2名，人员名单及资格证明作为合同附件。
（二）驻站人员应遵守甲方值班、机房出入及安全生产管理制度，进入观测点楼顶平台作业应佩戴安全防护用品；人员更换须提前十日书面告知甲方并经甲方确认。

（三）乙方应建立运维值班制度，花粉高发期每日7时至22时安排人员在岗，其余时间保持电话畅通。

第八条 甲方义务
（一）甲方为驻站人员提供必要的办公场地、网络接入及观测点进出便利；
（二）甲方负责协调观测点所在单位，保障乙方人员按计划开展巡检；
（三）单件价值在人民币3,000元以上的配件，由乙方提出更换建议及报价，经甲方书面确认后采购，费用由甲方另行承担；
（四）甲方应在收到季度服务报告后十个工作日内完成考核并书面反馈意见，逾期未反馈的，乙方可书面催告，甲方应在催告后五个工作日内反馈。

第九条 数据安全与权属
（一）观测数据、识别图像、预报产品及相关业务数据均归甲方所有，乙方仅为完成运维服务使用，不得用于本合同以外的任何用途。
（二）乙方应落实系统安全防护措施：运维账号实行专人专用和最小权限；远程运维须经甲方审批并通过堡垒机操作；不得在个人设备上存储观测数据；系统补丁及病毒库按月更新。
（三）发生数据丢失、篡改或网络安全事件的，乙方应在1小时内向甲方报告，立即采取处置措施，并在二十四小时内提交事件报告；因乙方原因造成的损失由乙方全部承担。

第十条 知识产权
运维期间乙方根据甲方需求调整的模型参数、编写的数据处理脚本、形成的报告及文档，其知识产权归甲方所有，甲方可自由使用和修改。

第十一条 违约责任
（一）乙方未按约定时间提交巡检报告、模型检验报告或年度总结报告的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方服务质量连续两个季度考核不合格的，甲方可扣减当季运维费的两成，并要求乙方更换项目负责人。
（三）乙方违约时，甲方有权按本合同约定扣减运维费、要求乙方支付违约金并继续履行。在服务期内，双方均不得单方解除本合同，因一方违约产生的纠纷按本合同第十五条处理。

第十二条 分包
本项目不得分包或转包。乙方不得将驻站运维、花粉形态鉴定及预报保障工作交由其他单位或非合同附件所列人员承担；观测设备返厂维修的，应事先报甲方同意，返厂期间乙方应提供备用设备，保证观测不中断。

第十三条 服务交接
服务开始前，乙方应与原运维单位办理设备、账号、文档及备件的交接，并在交接后七日内对全部观测点进行一次全面检查，提交设备现状报告。服务期满时，乙方应向甲方或甲方指定的单位完整移交运维资料、账号及脚本，并提供不少于十个工作日的交接支持。

第十四条 不可抗力
因自然灾害、大面积停电等不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复，该期间的服务中断不计入考核。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）磋商文件、响应文件、成交通知书及本合同附件为本合同的组成部分。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：北原市气象局花粉监测站　　　　乙方（盖章）：禾风环境科技服务有限公司
签订日期：2026年2月　日
"""
Z05 = """# 渔链云苗种批次追溯系统软件许可及定制开发合同

**（渔链科技标准合同文本 V3.0）**

合同编号：YL-HT-2026-0338

甲方（用户）：东湾水产良种繁育场

乙方（供应商）：渔链数字科技有限公司

甲方拟建设苗种生产批次追溯系统，经洽商，同意采用乙方“渔链云苗种批次追溯系统”标准产品并委托乙方进行定制开发。双方依据《中华人民共和国民法典》签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供渔链云苗种批次追溯系统标准版软件许可（亲本管理、催产孵化记录、苗种批次、投喂用药、出苗检疫、销售追溯模块），许可用户数五十个，许可期限为永久。

1.2 乙方根据甲方需求进行以下定制开发：孵化车间电子看板；育苗池水温、溶解氧及酸碱度传感数据接入；与渔业主管部门苗种产地检疫系统的数据对接；客户扫码查询苗种批次来源的移动端页面。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训，基础数据由甲方按乙方提供的模板整理。

1.4 系统运行所需的服务器、操作系统、数据库、网络设备及扫码标签打印设备由甲方自行采购，不在本合同范围内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 苗种批次追溯系统标准版软件许可 | 420,000 |
| 2 | 定制开发（看板、传感接入、检疫对接、扫码查询） | 318,000 |
| 3 | 安装部署及培训 | 52,000 |
| | 合计 | 790,000 |

合同总价为人民币柒拾玖万元整（¥790,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币513,500元。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即人民币276,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之二向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在合同签订时书面告知。

## 第四条 项目实施

4.1 乙方在收到首付款后九十日内完成系统部署及定制开发，并通知甲方上线运行。

4.2 甲方应提供服务器运行环境、网络条件及亲本、育苗池、客户等基础资料，并指定专人配合乙方工作。因甲方资料提供不及时导致的延误，乙方不承担责任。

4.3 定制开发的具体功能以乙方出具的《需求确认书》为准，甲方应在收到《需求确认书》后五个工作日内签字确认，逾期未确认的视为同意；需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

4.4 乙方为甲方提供两次集中培训，每次不超过两天，培训对象为甲方技术员及育苗车间班组长。超出次数的培训按乙方收费标准另行计费。

4.5 传感数据接入以甲方现有采集设备支持标准通讯协议为前提；甲方设备不支持的，乙方可推荐适配网关，网关费用不包含在合同总价内。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线运行后提出的功能修改意见，乙方在维护期内酌情处理。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括软件缺陷修复及远程技术支持。

6.2 故障响应：紧急故障（系统无法登录或批次数据无法录入）乙方在8小时内响应；一般故障在三个工作日内响应。乙方以远程方式处理为主，确需现场服务的，差旅费由甲方承担。

6.3 因系统故障造成的损失，乙方不承担任何扣款、赔偿或违约金责任，乙方的义务仅限于尽快修复。

6.4 下列情形不属于免费维护范围：甲方擅自修改系统配置或数据库；甲方服务器、网络或传感设备故障；病毒或第三方攻击；甲方新增功能需求。上述情形乙方可提供有偿服务。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需乙方继续提供维护、升级及技术支持，应与乙方签订年度服务协议。年度服务协议的服务内容、响应方式以乙方当年发布的服务说明为准。

7.2 年度服务费按乙方当年公布的服务价目表执行，乙方有权根据经营成本调整价目表，甲方不续签年度服务协议的，乙方不再提供升级及技术支持。

## 第八条 知识产权

8.1 渔链云苗种批次追溯系统（包括标准版及基于标准版进行的全部定制开发内容）的著作权、专利权及其他知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有定制开发成果的非独占使用权，不得修改、反向工程或提供给任何第三方使用。乙方不向甲方交付源代码。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 甲方应在许可范围内使用本软件，不得超出许可用户数使用；超出的，乙方有权按标准价格收取差额许可费。

## 第九条 数据

9.1 甲方在系统中录入或产生的亲本、苗种批次、水质及销售数据归甲方所有。

9.2 乙方应采取访问控制、数据加密、定期备份等技术措施保障数据安全；发生数据泄露或丢失的，乙方应在四十八小时内通知甲方并协助补救，因乙方过错造成的数据损失，乙方承担相应的赔偿责任。

9.3 甲方同意，乙方可对甲方数据进行脱敏处理后，用于苗种生长模型训练、行业分析报告及乙方产品的改进，上述使用在本合同终止后仍可继续。

9.4 本合同终止后，甲方可申请导出其业务数据，乙方按标准格式提供一次导出服务；需要特定格式的，另行收费。

## 第十条 保密

双方对在合作过程中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条款在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方未按第4.1条约定时间通知上线的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违反本合同约定的，应承担相应的违约责任。

11.3 乙方不对甲方的间接损失、利润损失、苗种死亡损失承担责任。

11.4 乙方保证其提供的软件不侵犯第三方的合法权利；第三方就此向甲方提出权利主张的，由乙方负责交涉处理，但甲方擅自修改或与其他软件组合使用引起的除外。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。

12.2 本合同解除后，甲方已支付的费用不予退还，但乙方根本违约导致合同解除的除外。合同解除后，甲方应停止使用本软件并删除已安装的程序副本，已录入的业务数据可按第9.4条申请导出。

12.3 甲方未按约定付款超过三十日的，乙方有权解除本合同，并要求甲方支付全部未付款项。

## 第十三条 不可抗力

因不可抗力、电信运营商网络故障、第三方云服务中断、政府主管部门系统调整等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十四条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，以乙方官网公布的《渔链云用户服务条款》为准。

15.2 乙方可将甲方名称及项目案例用于乙方的市场宣传。

15.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　　　日期：
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GS-CN-2026-011
P:This Agreement is made between Shaoxing Lanhua Dyeing and Finishing Co., Ltd., a company registered in Shaoxing, Zhejiang Province, People's Republic of China (the "Buyer"), and Goris Softworks CJSC, a closed joint-stock company registered at 14 Mashtots Street, Goris, Syunik Province, Republic of Armenia (the "Vendor").
P:The Buyer operates a dye house with forty-two jet and beam dyeing machines and wishes to replace its spreadsheet-based recipe records with the Vendor's ColourLedger recipe management and colour-matching software. The Vendor agrees to license the software and to perform the services described below on the following terms.
H:Article 1 Definitions
P:1.1 "Software" means the ColourLedger Enterprise edition, version 7, including the recipe database, laboratory colour-matching module, dispensing interface module, batch costing module and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configurations and documentation that the Vendor develops specifically for the Buyer under this Agreement, in source and object form.
P:1.3 "Buyer Data" means all recipes, colour measurements, batch records, cost data and other information entered into or generated by the Software at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.5 "Business Day" means a day on which banks are open in Shaoxing.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's plants in Shaoxing for up to sixty named users and two laboratory workstations, and to make copies for backup and testing.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers, migrate the Buyer's existing recipe records, develop interfaces to the Buyer's automatic chemical dispensing system, its spectrophotometers and its ERP system, and train the Buyer's staff.
P:2.3 The Vendor shall appoint a project manager who speaks Chinese or shall provide an interpreter at its own cost for all site meetings and training sessions.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,468,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: perpetual licence fee CNY 980,000; installation, configuration and data migration CNY 286,000; custom interface development CNY 164,000; training CNY 38,000.
P:3.2 The Contract Price is payable in CNY to the Vendor's bank account stated in the invoice. Each party bears its own bank charges.
H:Article 4 Payment
P:4.1 Twenty per cent (20%) of the Contract Price is payable within twenty Business Days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 Forty-five per cent (45%) is payable after the Software has been installed and the migrated recipes have been loaded. Installation is not acceptance.
P:4.3 Thirty-five per cent (35%) is payable within twenty Business Days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within sixty days after signature and shall make the whole system ready for acceptance testing within one hundred and twenty days after signature.
P:5.2 Acceptance tests shall show that: (a) every migrated recipe matches its source record; (b) the colour-matching module predicts recipes for twenty reference shades within the colour difference tolerance agreed in the technical annex; (c) dispensing orders reach the dispensing system and weighed quantities come back to the batch record without error for ten consecutive working days; (d) ERP cost postings reconcile with batch records for one month-end close; and (e) all documentation and the source code of the Custom Deliverables have been delivered.
P:5.3 The Buyer shall carry out the tests with the Vendor and issue an acceptance certificate within ten Business Days after the tests are passed. Use of the Software in production before that date is not acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to Severity 1 faults (the system is down or recipes cannot be issued to production) within one hour and restore service within eight hours; Severity 2 faults within two hours with a fix within two Business Days; other faults within one Business Day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall pay CNY 1,000, deducted from the next amount due or claimed under the performance guarantee.
P:6.4 After the Warranty Period the Buyer may order annual support at eleven per cent (11%) of the licence fee, that is CNY 107,800 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables belong to the Buyer from their creation. The Buyer may use, modify, copy and license them freely, including to third-party maintainers. The Vendor shall deliver their full source code.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, analyse or use it for any other purpose, including product development.
P:8.2 The Software is installed on the Buyer's own servers in Shaoxing. The Vendor's remote access shall be approved by the Buyer for each session, made through the Buyer's VPN with multi-factor authentication and logged. The Vendor shall not take Buyer Data outside the Buyer's network.
P:8.3 The Vendor shall apply security measures consistent with ISO 27001 and with applicable Chinese laws on data security and personal information. It shall notify the Buyer within twelve hours of any actual or suspected security incident affecting Buyer Data, cooperate in remedying it and bear the losses caused by its own breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's recipes, customer shade standards and costs, and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This Article survives the termination of this Agreement for three years, and for recipes without limit of time.
H:Article 10 Delay and Liability
P:10.1 If the Vendor does not make the system ready for acceptance testing by the date in Article 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice describing the breach.
P:12.2 The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence granted in Article 2.1 remains in force if the licence fee has been paid.
H:Article 13 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the delay.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Armenia.
P:14.2 Any dispute arising out of this Agreement that the parties cannot settle within sixty days shall be finally resolved by arbitration under the rules of the Arbitration Centre at the Chamber of Commerce and Industry of Armenia, seated in Yerevan, in the English language.
H:Article 15 General
P:15.1 This Agreement, with its technical annex, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses stated above, by courier or by e-mail confirmed by courier.
P:15.3 This Agreement is signed in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# ORDER FORM — FIELDPATH FIELD SERVICE MANAGEMENT

**Order Form No. QB-2026-0147**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement (the "Agreement") between:

- **Provider:** Quba Cloudworks LLC, 27 Heydar Aliyev Avenue, Quba, Republic of Azerbaijan; and
- **Customer:** Chengdu Tianfu Elevator Maintenance Co., Ltd., Chengdu, Sichuan Province, People's Republic of China.

## PART A — ORDER DETAILS

### A1. Service

FieldPath is a cloud service for scheduling and dispatching maintenance engineers, recording inspections and repairs, managing spare parts and producing the statutory maintenance records required for lifts. The Customer subscribes to the FieldPath Professional plan for 240 named users (dispatchers, engineers and supervisors) and the mobile application for engineers.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Go-Live Acceptance under A5; the second starts on the first anniversary of the Service Start Date. The Subscription Term ends at the end of the second Subscription Year. It will be extended only by a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| FieldPath Professional, 240 named users | per Subscription Year | 396,000 |
| Subscription Fees, two Subscription Years | 2 × 396,000 | 792,000 |
| Onboarding: configuration, data import, integration with the Customer's ERP and the municipal lift-safety platform, training | one-time | 58,000 |
| **Total Fees for the Subscription Term** | | **850,000** |

Fees are fixed for the Subscription Term and include VAT. Additional named users may be added at the same per-user rate, prorated to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after Go-Live Acceptance.

(b) The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Invoices are payable within thirty days of receipt in CNY by bank transfer. No amount is payable before Go-Live Acceptance.

### A5. Onboarding and Go-Live Acceptance

(a) Provider shall complete onboarding within fifty days after the signature of this Order Form, following the onboarding plan in Annex 1.

(b) Go-Live Acceptance tests shall show that: all engineer, lift and contract records imported from the Customer's existing system reconcile with the source records; work orders flow between FieldPath and the Customer's ERP without error for five consecutive working days; maintenance records are accepted by the municipal lift-safety platform; and dispatchers and engineers have completed training.

(c) The Customer shall sign a Go-Live Acceptance certificate within five working days after the tests are passed. Use of the service in a pilot area is not acceptance.

(d) If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, deducted from the Onboarding fee.

### A6. Contacts

Provider account manager: Elvin Mammadov. Customer project owner: Head of Maintenance Operations. Notices under this Agreement shall be sent to the addresses above and by e-mail to the contacts named in Annex 2.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data entered into FieldPath by or for the Customer, including lift records, customer addresses, engineer details, inspection photographs and maintenance records.

1.2 "Configurations" means the workflows, forms, report templates, checklists and integration mappings set up for the Customer during onboarding or later.

1.3 "Subscription Year" means each consecutive annual period of the Subscription Term starting on the Service Start Date or an anniversary of it.

### 2. Use of the Service

2.1 Provider grants the Customer a non-exclusive right to use FieldPath for its internal business during the Subscription Term.

2.2 The Customer shall not resell the service, share named-user accounts or attempt to reverse engineer the service.

2.3 Provider may update FieldPath from time to time, provided that no update materially reduces the functions the Customer has subscribed to.

### 3. Service Levels

3.1 Provider shall make FieldPath available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days ahead and performed between 00:00 and 05:00 Beijing time.

3.2 Provider shall respond to Priority 1 incidents (the service or the mobile application is unavailable, or work orders cannot be dispatched) within 30 minutes and restore service within six hours; Priority 2 incidents within two hours; Priority 3 incidents within one working day.

3.3 If monthly availability falls below the commitment in 3.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent. For each Priority 1 response later than required, the Customer shall receive a credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

3.4 Provider shall provide a monthly service report showing availability, incidents and credits.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. Provider shall use Customer Data only to provide the service to the Customer under this Agreement and shall not sell it or use it for any other purpose.

4.2 At the end of the Subscription Term Provider shall, at the Customer's request made within thirty days, export Customer Data in CSV format and then delete it.

### 5. Intellectual Property

5.1 Provider retains all rights in FieldPath, its software and documentation.

5.2 Configurations belong to the Customer. The Customer may use, copy, modify and license them, including to another service provider, and Provider shall export them on request.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received in connection with this Agreement, use it only for this Agreement and not disclose it to third parties other than its employees and advisers who need to know it and are bound by similar obligations.

6.2 These obligations do not apply to information that is public, already known to the receiving party or required to be disclosed by law, and they survive for three years after the end of this Agreement.

### 7. Warranties

7.1 Provider warrants that FieldPath will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care.

7.2 The Customer warrants that it has the right to provide Customer Data to Provider for the purposes of this Agreement.

### 8. Customer Responsibilities

8.1 The Customer is responsible for the accuracy of the data it enters, for the conduct of its named users and for keeping user passwords and mobile devices under its control.

8.2 The Customer shall provide Provider with timely access to its ERP test environment, the interface specifications of the municipal lift-safety platform and a project team able to take decisions during onboarding. Onboarding dates move by the length of any delay caused by the Customer.

8.3 Provider may suspend access of an individual named user whose account is being used in breach of section 2.2 of this Part B, after notifying the Customer and giving it a reasonable opportunity to correct the misuse. Provider shall not suspend the service as a whole for a disputed invoice while the dispute is being discussed in good faith.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.2 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.3 Nothing limits liability for death or personal injury caused by negligence, or for fraud.

### 10. Subcontracting

Provider shall not subcontract the performance of the onboarding or support services without the Customer's prior written consent. Provider remains responsible for any subcontractor approved by the Customer.

### 11. Term and Termination

11.1 This Agreement runs for the Subscription Term.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice. Availability below the commitment in 3.1 in two consecutive months is a material breach by Provider.

11.3 If the Customer terminates for Provider's breach, Provider shall refund the part of the Subscription Fee already paid that relates to the remainder of the Subscription Year, and shall support the export of Customer Data and Configurations without charge.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The arbitration shall be conducted in Chinese and English.

### 13. General

13.1 This Agreement is the entire agreement on its subject and prevails over any online terms of Provider.

13.2 Amendments must be in writing and signed by both parties.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

Signed for the Customer: ____________________ Signed for Provider: ____________________
"""
E03 = """T:Supply Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. BDL-GR-2026-026
P:Buyer: Heilongjiang Beidalu Grain Storage Co., Ltd., Suihua, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Talas AgroSense LLC, 9 Manas Street, Talas, Kyrgyz Republic (the "Supplier").
P:The Buyer stores maize, soybeans and rice in forty-eight steel and concrete silos at its Suihua and Hailun depots and wishes to monitor grain temperature, moisture and carbon dioxide continuously in order to prevent spoilage. This Contract is on the Buyer's standard form for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways, weather stations and accessories listed in the Price Table.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software, including the server application, the web and mobile clients and the alarm module.
P:1.3 "Deliverables" means the Equipment, the Software, the installation work, the custom alarm rules, reports and interfaces, and all documentation.
P:1.4 "Buyer Data" means all measurements, alarms, silo records and other data collected or produced by the system.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission a monitoring system for all forty-eight silos, including the hanging of sensor cables, the installation of gateways and weather stations, the configuration of the Software on the Buyer's servers and an interface to the Buyer's warehouse management system.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the forty-eight silos and any silos added later at the same depots, with unlimited users.
P:2.3 The Supplier shall train the Buyer's warehouse keepers and IT staff as described in clause 8.
H:3. Price
P:3.1 The Contract Price is CNY 1,587,000, fixed and inclusive of VAT, packing, transport to the depots, customs duties, insurance, installation and training, as set out in the following Price Table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture sensor cables|1,240|520|644,800
TB:2|Wireless gateways with solar power|48|6,200|297,600
TB:3|Depot weather stations|6|18,400|110,400
TB:4|SiloWatch perpetual licence, 48 silos|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,438,800
TB:5|Installation and commissioning|1|126,500|126,500
TB:6|Training|1|21,700|21,700
TB:|Contract Price|||1,587,000
P:3.2 The Supplier is responsible for export clearance in the Kyrgyz Republic and the Buyer's customs broker handles import clearance in China; import duties and import VAT are included in the Contract Price and shall be reimbursed by the Supplier if paid by the Buyer.
P:3.3 The Equipment shall be delivered to the Suihua and Hailun depots within seventy days after signature, packed for rail and road transport in winter conditions. Risk passes to the Buyer on delivery to the depot; title passes on payment under clause 4.2.
H:4. Payment
P:4.1 Ten per cent (10%) of the Contract Price is payable within fifteen working days after signature, against an advance payment guarantee for the same amount.
P:4.2 Fifty-five per cent (55%) is payable after all Equipment has been delivered to the depots and installed, as confirmed by the Buyer's delivery receipt. The delivery receipt does not mean that the Equipment has been accepted.
P:4.3 Thirty-five per cent (35%) is payable within twenty working days after Final Acceptance.
P:4.4 All payments are made in CNY to the Supplier's account against a valid invoice.
H:5. Acceptance
P:5.1 After installation the system shall run for a trial period of forty-five days.
P:5.2 Final Acceptance requires that: (a) every sensor point reports to the Software with readings within the tolerance stated in the technical specification, checked against reference thermometers in at least ten silos; (b) no more than the permitted number of data gaps defined in the technical specification occur during the trial period; (c) alarms for temperature rise, moisture and carbon dioxide reach the warehouse keepers' mobile phones within one minute in tests of each alarm type; (d) the interface posts daily silo status to the warehouse management system without error; and (e) all documentation has been handed over.
P:5.3 The Buyer shall inspect and test the system with the Supplier within ten working days after the end of the trial period and sign the final acceptance certificate if the criteria are met. Installation, use of the system or payment does not amount to acceptance. Defects shall be corrected and the tests repeated at the Supplier's cost.
H:6. Warranty and After-Sales Service
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:6.2 Faults are classified as follows.
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring of a whole depot is lost or alarms are not delivered|2 hours|24 hours
TB:Severity 2|One or more silos or gateways do not report|8 hours|3 days
TB:Severity 3|Other faults or requests|1 working day|10 working days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay CNY 600, which the Buyer may deduct from any payment due or claim under the warranty guarantee.
P:6.4 After the warranty, the Buyer may purchase annual support at 7.5% of the Hardware and Licence Subtotal, that is CNY 107,910 per year, covering the same services as the warranty. This fee will not be increased for the first two years of support. Support is ordered by the Buyer year by year; there is no automatic renewal.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier.
P:7.2 The custom alarm rules, reports, interface programs and their source code, and the silo configuration files prepared for the Buyer belong to the Buyer, which may use, modify and license them without restriction.
P:7.3 The Supplier shall indemnify the Buyer against any claim that the Deliverables infringe third-party rights.
H:8. Training
P:8.1 The Supplier shall train at least forty warehouse keepers at the two depots on reading silo data, handling alarms and routine checks, and at least four IT staff on system administration, backup and recovery.
P:8.2 Training materials shall be supplied in Chinese.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not use it for any other purpose.
P:9.2 The Software runs on the Buyer's servers. The Supplier's remote access requires the Buyer's approval for each session, uses the Buyer's VPN with two-factor authentication and is logged. The gateways shall use encrypted communication.
P:9.3 The Supplier shall notify the Buyer within eight hours of any security incident affecting the system or Buyer Data, take immediate remedial measures and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's stock levels, silo layout and network settings, and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation or to present the system for Final Acceptance by the dates in the delivery schedule, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to two hundred per cent (200%) of the Contract Price, except for personal injury, wilful misconduct and breaches of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for the acts of any approved subcontractor, including the local installation team.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if the delay damages under clause 11.1 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for the undelivered or rejected Deliverables.
P:13.3 The Supplier may terminate this Contract if the Buyer fails to pay an undisputed amount within sixty days after a written reminder.
H:14. Buyer's Obligations
P:14.1 The Buyer shall give the Supplier's installation team safe access to the silos outside loading and fumigation periods, provide power points for the gateways where solar power is not sufficient, and provide the server environment and network access described in Annex 1.
P:14.2 The Buyer shall appoint a project contact at each depot who can approve work permits for silo roof work.
H:15. Force Majeure
P:A party prevented from performing by force majeure shall notify the other party promptly and provide evidence within fifteen days. The time for performance is extended accordingly.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:17. Miscellaneous
P:This Contract is made in Chinese and English; both versions are equally authentic. Annex 1 (technical specification) and Annex 2 (delivery schedule) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

**Agreement No. NDC-XA-2026-03**

**Between:**

- **Xi'an Qinfeng Pharmaceutical Distribution Co., Ltd.**, Xi'an, Shaanxi Province, People's Republic of China (the "Customer"); and
- **Nakhchivan DataCare LLC**, 51 Istiglaliyyat Street, Nakhchivan City, Nakhchivan Autonomous Republic, Republic of Azerbaijan, acting through its project office in Xi'an (the "Provider").

**Background.** The Customer runs its warehouse management, ERP, cold-chain monitoring and e-commerce order systems in two server rooms in Xi'an. It wishes the Provider to operate the backup of these systems, keep a standby environment and run disaster recovery for a term of thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the transition, backup operation, disaster recovery and reporting services described in Schedule 1.

1.2 "Customer Data" means all data of the Customer and its customers, suppliers and employees that is backed up, replicated, restored or otherwise processed by the Provider, including the backup copies themselves.

1.3 "Service Commencement" means the date on which the Customer signs the service acceptance certificate under Section 4.

1.4 "Monthly Service Charge" means the charge set out in Schedule 3.

1.5 "Recovery Site" means the standby environment in the Provider's contracted data centre in Xianyang, Shaanxi Province.

## Section 2. Term

2.1 The Services run for thirty-six months from Service Commencement.

2.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## Section 3. Transition

3.1 The Provider shall complete the transition within seventy-five days after signature, including the installation of backup software agents, the set-up of replication to the Recovery Site, the documentation of recovery procedures for each application and a first full recovery test.

3.2 If Service Commencement is delayed for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 1,200 per day, up to CNY 60,000 in total.

## Section 4. Service Acceptance

4.1 The Customer shall sign the service acceptance certificate when: (a) all systems listed in Schedule 1 are backed up as scheduled for ten consecutive days; (b) a test restore of each system has been completed and verified by the application owner; (c) a recovery test of the ERP and the warehouse management system at the Recovery Site has met the recovery time and recovery point objectives in Schedule 2; and (d) the recovery runbooks have been approved by the Customer's IT manager.

4.2 Backup operation before the certificate is signed is not acceptance.

## Section 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, the Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

5.3 The Provider shall run a full disaster recovery exercise twice a year with the Customer and correct any shortfall found within twenty days.

## Section 6. Charges and Payment

6.1 The Customer shall pay the transition fee and the Monthly Service Charge set out in Schedule 3. The Total Contract Value is CNY 1,740,000.

6.2 The transition fee is invoiced after Service Commencement. The Monthly Service Charge is invoiced monthly in arrears. No charges are payable in advance.

6.3 Invoices are payable within thirty days of receipt.

6.4 Charges are fixed for the term and include VAT, storage media, software licences for the backup tools and the Recovery Site.

## Section 7. Customer Responsibilities

7.1 The Customer shall give the Provider's named engineers access to its server rooms and management network under its own access rules, and shall keep the Provider informed of new systems, changes to applications and planned maintenance that affect backups.

7.2 The Customer decides which systems are in scope. Systems added to Schedule 1 during the term are charged at rates agreed in writing in advance.

7.3 The Customer shall make its application owners available for restore tests and disaster recovery exercises and shall confirm the results in writing within five working days.

## Section 8. Customer Data

8.1 Customer Data belongs to the Customer.

8.2 The Provider shall keep Customer Data only in the Customer's server rooms and at the Recovery Site in Xianyang, and shall not transfer it outside mainland China.

8.3 The Provider shall encrypt backup copies in transit and at rest, restrict access to named engineers with multi-factor authentication, keep access logs for at least six months and test the integrity of backups weekly. The Recovery Site holds a record for MLPS level 3 protection.

8.4 The Provider shall notify the Customer within two hours of any incident that may affect the confidentiality, integrity or availability of Customer Data, take immediate measures to contain it, and bear the losses caused by incidents resulting from its breach of this Agreement.

8.5 The Provider may collect and use anonymised and aggregated statistics derived from Customer Data and from the operation of the Services, such as data volumes, change rates, file types and restore performance, to improve its services, to train its capacity-planning tools and to prepare benchmarks for other customers. This right continues after the end of this Agreement.

8.6 At the end of the term the Provider shall return all backup copies to the Customer in an agreed format and then securely erase them, and shall certify the erasure in writing.

## Section 9. Intellectual Property

9.1 The Provider keeps its tools, methods and pre-existing materials.

9.2 The recovery runbooks, backup policies, scripts and configuration documents prepared for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

## Section 10. Confidentiality

10.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement and shall use it only for this Agreement. Disclosure to third parties requires prior written consent, except to professional advisers or where required by law.

10.2 This Section survives for three years after the end of the Agreement.

## Section 11. Subcontracting

11.1 The Provider may use subcontractors for the performance of the Services, including the operator of the Recovery Site and on-site engineering partners in Xi'an, by giving the Customer ten working days' written notice before a new subcontractor starts work.

11.2 The Provider remains responsible for the acts and omissions of its subcontractors as for its own.

## Section 12. Liability

12.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Contract Value.

12.2 This limit does not apply to personal injury, wilful misconduct, breach of Section 8 or Section 10, or loss of Customer Data caused by the Provider.

## Section 13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

13.2 Failure of two consecutive recovery tests for reasons attributable to the Provider is a material breach.

13.3 On any termination the Provider shall provide exit assistance for up to sixty days at the then current Monthly Service Charge, including the transfer of backups and runbooks to the Customer or its new provider.

## Section 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.

## Schedule 1 — Scope of Services

| Service element | Systems covered | Frequency |
|---|---|---|
| Backup of databases | ERP, warehouse management, order management | Every 15 minutes (log), daily (full) |
| Backup of virtual machines | All 86 production virtual machines | Daily incremental, weekly full |
| Replication to Recovery Site | ERP, warehouse management, cold-chain monitoring | Continuous |
| Restore tests | Each system in scope | Monthly, one system per week |
| Disaster recovery exercise | ERP and warehouse management | Twice a year |
| Service desk for backup and restore requests | All systems in scope | 24 × 7 |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident response (backup failure of a critical system, or restore needed for a production outage) | 15 minutes | CNY 1,000 per started hour of delay |
| Failed scheduled backup jobs | Every failed job re-run successfully within one day | 3% of the Monthly Service Charge |
| Recovery time objective at Recovery Site (ERP, warehouse management) | 2 hours | 10% of the Monthly Service Charge per missed test |
| Recovery point objective (ERP, warehouse management) | 15 minutes | 10% of the Monthly Service Charge per missed test |
| Availability of the Recovery Site environment when invoked | 99.95% per month | 5% of the Monthly Service Charge per started 0.1 point below target |

## Schedule 3 — Charges

| Item | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 84,000 |
| Monthly Service Charge | 46,000 |
| Monthly Service Charges for 36 months | 1,656,000 |
| Total Contract Value | 1,740,000 |

Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT
DRIED FRUIT AND NUT MARKET DATA API

Agreement No. BKD-2026-19

PARTIES

Batken Harvest Data LLC, 3 Kurmanjan Datka Street, Batken, Kyrgyz Republic ("Provider"); and
Urumqi Silk Road Orchard Trading Co., Ltd., Urumqi, Xinjiang Uygur Autonomous Region, People's Republic of China ("Customer").

BACKGROUND

Provider collects prices, volumes and quality information for dried apricots, raisins, walnuts, almonds and pistachios from wholesale markets, processors and border crossings in Central Asia and publishes them through a data API and a web portal. Customer imports dried fruit and nuts from Central Asia and wishes to use the data in its purchasing system and its internal price reports.

1. DEFINITIONS

1.1 "Data" means the market prices, volumes, crop condition reports, export statistics and related content made available by Provider through the API and the portal.
1.2 "API" means Provider's application programming interface, version 3, and its documentation.
1.3 "Customer Materials" means the purchase records, supplier lists, query parameters and other information that Customer uploads to or enters in the API or the portal.
1.4 "Subscription Year" means each consecutive annual period of the Term beginning on the Start Date or an anniversary of it.
1.5 "Custom Feeds" means the field mappings, feed definitions and report templates that Provider sets up specifically for Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Term to access the Data through the API and the portal, to store it in Customer's own systems and to use it for Customer's internal purchasing, pricing and reporting.
2.2 Customer may share extracts of the Data with its group companies in mainland China and with its auditors, but may not resell the Data or publish it.
2.3 Customer shall keep its API credentials secure, use them only from its own systems and inform Provider without delay if it suspects that they have been disclosed.
2.4 Customer shall not use the Data to build a competing data service or to train models offered to third parties, and shall keep Provider's source attribution in internal reports that reproduce Data in tables.
2.5 The subscription covers up to 25 portal users and up to 200,000 API calls per calendar month. Provider will notify Customer when usage exceeds the allowance, and the parties will agree any additional charge in writing before it applies.

3. SET-UP AND ACCEPTANCE

3.1 Within forty days after signature, Provider shall deliver API credentials, connect the API to Customer's purchasing system through the Custom Feeds and load five seasons of historical Data.
3.2 Set-up is accepted when Customer has confirmed in writing that: (a) test calls for every product and market in Annex A return Data in the agreed schema; (b) the historical Data has been loaded completely and matches Provider's published series; (c) the Custom Feeds update Customer's purchasing system daily for ten consecutive business days without error; and (d) Customer's staff have received the agreed training.
3.3 Customer shall confirm acceptance or list the defects within five business days after Provider reports the set-up as complete. Access to the Data before that confirmation is not acceptance.
3.4 The date of Customer's written acceptance is the "Start Date".

4. TERM

4.1 The Term starts on the Start Date and lasts for two Subscription Years.
4.2 The Agreement expires at the end of the Term. Any renewal requires a new written agreement signed by both parties.

5. FEES AND PAYMENT

5.1 The fees are:
   Set-up and Custom Feeds (one-time): CNY 24,000
   Subscription fee, first Subscription Year: CNY 268,000
   Subscription fee, second Subscription Year: CNY 268,000
   Total: CNY 560,000
5.2 The set-up fee is invoiced after acceptance under clause 3. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Nothing is payable before the Start Date.
5.3 Invoices are payable within thirty days in CNY by bank transfer. The fees are fixed for the Term and include all taxes.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the portal available and to update the Data on the publication days shown in the documentation.
6.2 Provider will handle support requests received by e-mail or through the portal on business days in Bishkek, and will use commercially reasonable efforts to respond promptly and to correct errors in the Data once they are confirmed.
6.3 Provider may carry out maintenance at any time, and will try to give advance notice on the portal of maintenance that is expected to last more than a few hours.
6.4 Provider does not guarantee that the Data is complete or free of errors, since it relies partly on information from third-party sources.
6.5 When Provider corrects published Data, it will mark the corrected records in the API and list the corrections in a weekly notice on the portal, so that Customer can update the copies held in its purchasing system.
6.6 Provider will give Customer at least sixty days' notice before withdrawing a market or product from the Data or changing the API schema in a way that requires changes to the Custom Feeds, and will adapt the Custom Feeds to such changes without charge.

7. CUSTOMER MATERIALS AND DATA SECURITY

7.1 Customer Materials belong to Customer. Provider shall use them only to provide the subscription to Customer and shall not combine them with the Data offered to other customers, analyse them for any other purpose or disclose them.
7.2 Provider shall store Customer Materials on servers located in mainland China, encrypt them in transit and at rest, limit access to named support staff and keep access logs.
7.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Materials or API credentials, shall take immediate steps to contain it and shall compensate Customer for losses caused by Provider's failure to comply with this clause.
7.4 On expiry or termination Provider shall return Customer Materials and delete all copies within thirty days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the Data, the API and the portal. Customer's rights to the Data are those set out in clause 2. Data stored by Customer during the Term may remain in Customer's historical reports after the Term.
8.2 The Custom Feeds and any reports prepared for Customer belong to Customer. Customer may use, modify and license them, including to a different data supplier.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the terms of this Agreement and Customer's purchasing volumes and supplier names, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.
9.2 This clause survives for three years after the end of the Agreement.

10. WARRANTIES

10.1 Provider warrants that it has the right to license the Data as set out in this Agreement and that the Data has been collected lawfully.
10.2 Customer is responsible for its purchasing and pricing decisions and for the way it uses the Data.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.
11.2 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the total fees under clause 5.1.
11.3 The limits in this clause do not apply to breach of clause 7 or clause 9, to infringement of intellectual property rights or to wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract any of its obligations under this Agreement without Customer's prior written consent. Data collection by Provider's own market reporters and by the public sources named in the documentation is not subcontracting.
12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice of the breach.
13.2 If Customer terminates under clause 13.1, Provider shall refund the part of the subscription fee paid for the period after termination.
13.3 Clauses 7, 8, 9 and 11 survive termination.

14. FORCE MAJEURE

Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, border closures affecting data collection, or action of government authorities, provided it notifies the other party promptly.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The language of the arbitration is Chinese, with English translation at Provider's cost.

16. GENERAL

16.1 This Agreement, with Annex A (products, markets and schema) and Annex B (Custom Feeds), is the entire agreement on its subject.
16.2 Amendments must be in writing and signed by both parties.
16.3 Notices shall be in writing and sent by courier or e-mail to the addresses above.

Signed for Customer: ____________________
Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- design and labels
N = None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# key: (file, language, category, terms in KEYS order, extra, tco fee base or None, design rules)
DRAFTS = {
    "h685z01": ("h685z01_desalination_monitoring_platform.pdf", "zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9, False, True, False, "PRC",
                 "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2108000), 1260000, []),
    "h685z02": ("h685z02_sanitary_pad_line_control_retrofit.docx", "zh", "hardware",
                [N, 1, True, "buyer", True, True, True, 0.1, N, 10, True, True, 18, 25, False, True, True, "PRC",
                 "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1990000), 1840000,
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h685z03": ("h685z03_internet_cafe_membership_billing_saas.txt", "zh", "cloud",
                [99.5, 0.5, True, "buyer", True, True, True, 600 / 824000 * 100, 200, N, True, N, N, N, True, True, False,
                 "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=824000), None,
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h685z04": ("h685z04_pollen_allergy_forecast_om_service.txt", "zh", "services",
                [99.95, 0.5, True, "buyer", True, True, False, 0.1, N, N, True, N, N, N, False, False, False, "PRC",
                 "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000), None,
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h685z05": ("h685z05_fish_hatchery_batch_tracking_supplier_template.md", "zh", "software",
                [N, 8, False, "supplier", True, False, True, 0.02, N, 65, False, False, 6, N, False, True, N, N,
                 "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=790000), 420000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h685e01": ("h685e01_dye_recipe_software_licence_armenia_vendor.pdf", "en", "software",
                [N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Armenia",
                 "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1468000), 980000, ["CR-GOVERNING-LAW"]),
    "h685e02": ("h685e02_field_service_saas_order_form_azerbaijan_vendor.md", "en", "cloud",
                [99.95, 0.5, True, "buyer", False, True, True, 500 / 850000 * 100, 6 / 24 * 100, N, True, N, N, N, False,
                 True, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=850000), None,
                ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h685e03": ("h685e03_grain_silo_sensors_monitoring_licence.docx", "en", "hardware",
                [N, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False, "PRC",
                 "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1587000), 1438800, []),
    "h685e04": ("h685e04_managed_backup_dr_36_month_services.md", "en", "services",
                [99.95, 0.25, True, "buyer", True, False, True, 1200 / 1740000 * 100, 150, N, True, N, N, N, False, True,
                 True, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1740000), None,
                ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    "h685e05": ("h685e05_dried_fruit_market_data_api_subscription.txt", "en", "cloud",
                [N, N, False, "buyer", True, True, True, N, 150, N, True, N, N, N, False, True, False, "PRC", "service"],
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=560000), None,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SOURCES = {"h685z01": Z01, "h685z02": Z02, "h685z03": Z03, "h685z04": Z04, "h685z05": Z05,
           "h685e01": E01, "h685e02": E02, "h685e03": E03, "h685e04": E04, "h685e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy thresholds (§3 defaults) and the TCO horizon
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwfee=15, tco=40, horizon=5)


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = base."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or base is None:
        return None
    if not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 from the labels."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > TH["pwfee"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # in this set the forum always follows the law chosen
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if set(rules) & high:
        return "high"
    return "medium" if set(rules) - {"CR-GOVERNING-LAW"} else ("low" if rules else "low")


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4\s*-?\s*(?:hours?|hrs?|h\b|个?小时)", r"(?<![十两二三四五六七八九零〇])四\s*个?\s*小时", r"(?<![a-z-])four[\s-]*hours?",
    r"(?<![0-9.])0?\.05\s*(?:%|per\s*cent)", r"万分之五(?![0-9十百])", r"千分之零点五",
    r"(?<![0-9.,])100\s*(?:%|per\s*cent)", r"百分之百", r"one\s*hundred\s*per\s*cent",
    r"(?<![0-9.,])30\s*(?:%|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty\s*per\s*cent",
    r"(?<![0-9.,])15\s*(?:%|per\s*cent)", r"百分之十五(?![点])", r"(?<![a-z-])fifteen\s*per\s*cent",
    r"(?<![0-9.,])40\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty\s*per\s*cent",
    r"(?<![0-9.,])12\s*-?\s*(?:months?(?![a-z])|个月)", r"(?<![0-9])十二个月", r"(?<![a-z-])twelve[\s-]*months?(?![a-z])",
    r"(?<![0-9.,])5\s*-?\s*(?:years?(?![a-z])|年)", r"(?<![0-9十〇零])五年", r"(?<![a-z-])five[\s-]*years?(?![a-z])",
    r"(?<![a-z-])one[\s-]*year(?![a-z])", r"(?<![0-9.,])1\s*-?\s*years?(?![a-z])", r"(?<![第每十])一年(?!级)",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "四个小时", "four hours", "0.05%", ".05 %",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 per cent", "thirty per cent", "百分之三十",
            "15%", "fifteen per cent", "百分之十五", "40 %", "forty per cent", "百分之四十", "12 months", "12-month",
            "十二个月", "12个月", "twelve months", "5 years", "five-year", "五年", "one year", "一年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "twenty-four hours", "24小时", "二十四小时", "四十八小时", "14 hours", "0.055%", "0.08%",
             "万分之五十", "万分之八", "130%", "1,300%", "115%", "150%", "百分之三十五", "forty-five per cent",
             "百分之十五点五", "112 months", "12 monthly", "25 years", "十五年", "2026年", "第一年度", "一个年度"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binaries = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DRAFTS.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in binaries}, binaries, OUT, wrap_words=True)
    for k, v in DRAFTS.items():
        if k not in binaries:
            (OUT / v[0]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", v[0])
    covered = set()
    summary = []
    for k, (name, lang, cat, vals, extra, base, design) in DRAFTS.items():
        t = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS)
        rules, share = derive(t, extra, base)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        # no label value on a threshold
        for key, th in [("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                        ("post_warranty_fee_pct", "pwfee")]:
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (k, key)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        h = hits(text)
        assert not h, (k, h)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        summary.append((name, n, rules, risk(rules), None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for row in summary:
        print(*row)


if __name__ == "__main__":
    main()
