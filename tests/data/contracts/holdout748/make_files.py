"""holdout748: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from the labels, coverage). Run from this folder with
/work/main/.venv/bin/python -B make_files.py. .docx / .pdf are made by ../word_pdf.py."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = """T:××县农业农村局田长制巡田管理平台建设项目政府采购合同
P:合同编号：NYJ-ZFCG-2025-0617
P:采购人（甲方）：××县农业农村局
P:供应商（乙方）：江淮数田信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件（项目编号XZCG-2025-0381）、乙方投标文件及中标通知书，甲乙双方就田长制巡田管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供田长制巡田管理平台软件许可（县、乡、村三级田长使用，永久许可，不限用户数），并完成以下定制开发：耕地“非农化”“非粮化”巡田任务派发与回传、田块一张图（对接自然资源部门永久基本农田及高标准农田数据）、村级田长及网格员移动端巡田APP、问题线索发现—交办—整改—销号闭环处置、田长履职考核评分驾驶舱。
P:1.2 平台部署于县政务云，由乙方完成安装部署、历史巡田台账数据初始化、与省级田长制信息系统及县网格化治理平台的接口对接，并对县、乡两级管理人员进行培训。
P:1.3 具体技术要求以招标文件第三章《采购需求》及乙方投标文件的技术响应为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾叁万肆仟元整（¥1,534,000），为固定总价，含税。
P:2.2 价款构成：平台软件许可费680,000元；定制开发费730,000元；实施部署及接口对接费96,000元；培训费28,000元。
P:2.3 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，计306,800元。
P:3.2 系统部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，计690,300元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，计536,900元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理，因财政资金拨付程序造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署及全部定制功能开发，并提交初步验收申请；初步验收合格后进入为期60日的试运行。
P:4.2 因甲方原因或政务云资源未按期到位造成的延误，交付期限相应顺延，乙方应及时书面提出。
P:4.3 乙方应在合同签订后10日内提交项目实施方案，明确项目经理、技术负责人、开发及实施人员名单和进度计划，经甲方确认后执行；项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（1）《采购需求》功能清单所列功能全部实现；（2）与省级系统接口连续10日数据交换无差错；（3）200名用户并发时页面响应时间不超过2秒，移动端离线巡田记录联网后自动补传成功；（4）通过第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内无一级故障；全县巡田任务派发、回传、处置闭环率达到《采购需求》约定值；乙方交付源代码、数据字典、部署手册、操作手册及培训记录。
P:5.3 验收由甲方组织，可邀请行业专家参加，并出具书面验收报告。系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
P:5.4 乙方应按甲方要求配合完成项目绩效评价，提供系统使用情况、巡田任务完成情况等统计资料，并在最终验收时移交全部账号、权限及运维交接清单。
P:5.5 培训应覆盖县级管理员、乡镇田长办工作人员及村级田长代表，乙方应提供图文操作手册和移动端操作短视频，培训完成后由参训人员签字确认。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，每季度提供一次巡检报告。
P:6.3 质保期内因上级田长制考核口径调整导致的小幅功能调整，每季度不超过10人日的，乙方免费完成。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即不超过61,200元/年），该标准在质保期满后三年内保持不变。维护服务按年另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日通知甲方，并安排在非工作时间进行）。
P:7.2 一级故障（平台无法访问或巡田数据无法上报）乙方应在30分钟内响应，2小时内到达现场或远程处置，8小时内恢复；二级故障2小时内响应，两个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时，甲方有权从应付款项中扣减800元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据模型、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的耕地、田块、巡田记录、影像及人员信息等数据属于甲方所有，乙方仅为履行本合同处理该等数据，不得用于其他任何目的，不得擅自复制或留存。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行；发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施。
P:9.3 因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开数据及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权拒绝验收，乙方应退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的工作转包或分包给任何第三方，亦不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件、中标通知书为本合同组成部分。
P:15.2 合同履行中的通知以书面形式送达本合同载明的地址，一方变更地址的应及时通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：××县农业农村局        乙方（盖章）：江淮数田信息技术有限公司
P:签订日期：2025年6月17日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
Z02 = """T:缝帮及粘底生产线控制系统改造合同
P:合同编号：NF-GZ-2025-031
P:甲方：高阳县暖福棉鞋厂
P:乙方：石家庄智缝自动化科技有限公司
P:甲方委托乙方对其二号车间棉鞋缝帮、刷胶、贴底、压合生产线的控制系统进行改造，供应相关设备及软件，并提供安装调试、培训和维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责为36个缝帮工位加装控制终端（含针距、线张力及计件数据采集），为刷胶、贴底工段配置PLC控制柜及视觉定位系统，改造烘道温控，部署产线MES控制软件，并与甲方现有ERP系统对接工单、物料和产量数据。
P:1.2 改造须在甲方正常生产间隙分段实施，每段停线时间不得超过3日，具体停线计划由双方书面确认。
P:1.3 乙方应提交电气图纸、设备清单、控制程序说明及操作维修手册。
H:第二条 价格及明细
P:2.1 合同总价为人民币1,286,000元（含增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|缝帮工位控制终端|36台|8,600|309,600
TB:2|刷胶/贴底PLC控制柜|6套|46,500|279,000
TB:3|视觉定位相机|12台|9,800|117,600
TB:4|烘道温控模块|8套|7,200|57,600
TB:5|工控网络交换机|10台|5,400|54,000
TB:6|产线MES控制软件许可（永久）|1套|268,000|268,000
TB:小计|软硬件小计|||1,085,800
TB:7|安装调试及产线改造|1项|126,000|126,000
TB:8|ERP接口开发|1项|58,000|58,000
TB:9|操作及维修培训|1项|16,200|16,200
TB:合计|合同总价|||1,286,000
P:2.2 上述价格为固定价格，包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
P:2.3 乙方所供设备应为全新、未使用过的合格产品，主要部件的品牌、型号应与技术协议一致；确需替换的，应事先征得甲方书面同意，且替换部件的性能不得低于原约定。
P:2.4 乙方应随货提供中文操作说明书、电气原理图、接线图、备件清单及软件安装介质。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装调试完成后，甲方支付合同总价的50%；到货签收及安装完成不视为验收合格。
P:3.3 终验合格后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后45日内完成全部设备到货，75日内完成安装调试并提交终验申请。
P:4.2 设备到货时乙方应提供装箱单、合格证及出厂检验报告，双方共同开箱清点。
P:4.3 乙方施工人员进入甲方车间应遵守甲方安全生产及消防管理制度，动火、登高及带电作业须事先办理作业许可；因乙方施工原因造成的人身伤害或财产损失由乙方承担。
P:4.4 乙方应在停线改造期间做好原有设备及在制品的防护，改造完成后恢复现场整洁。
P:4.5 乙方应指定具有同类鞋业产线改造经验的项目经理常驻现场，每周向甲方生产部提交书面进度报告，列明已完成工段、存在问题及下周计划。
H:第五条 验收
P:5.1 终验标准：（1）缝帮工位节拍达到技术协议约定值；（2）刷胶胶线偏差不超过0.8毫米，贴底定位偏差不超过0.5毫米；（3）烘道温度波动不超过±3℃；（4）MES与ERP之间工单、物料、产量数据一致；（5）连续生产10个班次无一级故障。
P:5.2 甲乙双方共同进行终验并签署终验报告。设备到货签收、安装完成或投入试生产，均不视为验收合格。终验不合格的，乙方应在10日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换，易损件除外。
P:6.2 一级故障（整线停线）乙方应在1小时内响应，8小时内到达现场；二级故障（单工位停用）24小时内解决。乙方响应或到场超时的，每超时1小时向甲方支付600元。
P:6.3 质保期满后，乙方按年提供维保服务，年度维保费按软硬件小计的28%计取，即每年304,024元，质保期满后三年内不作调整。维保合同期满后由双方另行协商签订，不自动续期。
P:6.4 维保服务内容包括：每季度一次现场巡检、控制程序备份、易损件更换指导、软件补丁升级及操作人员复训。维保期内更换的备件按乙方投标时的备件单价另行结算。
P:6.5 乙方应保证关键备件（PLC模块、视觉相机、温控模块）在本合同签订后至少八年内持续供应。
H:第七条 知识产权
P:7.1 MES控制软件的著作权归乙方，甲方享有永久使用权。为本项目开发的ERP接口程序、PLC控制程序及工艺参数配置文件的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
H:第八条 数据安全
P:8.1 生产工单、工艺参数、产量及人员计件数据归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方同意并通过甲方指定的VPN进行，不得在外部留存甲方数据；发生数据泄露或丢失的，乙方应在2小时内通知甲方，并承担由此造成的损失。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、工艺配方、价格及经营信息承担保密义务，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 设备或软件不符合合同约定的，乙方应负责更换或整改，并承担由此产生的费用。
P:10.3 因改造质量问题导致甲方整线停产的，乙方除承担维修费用外，还应按每停产一日3,000元向甲方支付赔偿金。
P:10.4 甲方逾期支付款项的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 培训
P:乙方应在终验前为甲方提供不少于三次的集中培训，培训对象包括车间主任、班组长、设备维修工及MES操作员，培训内容包括设备操作、常见故障排除、控制程序备份与恢复、MES工单及报工操作，并提供培训教材。
H:第十二条 分包
P:12.1 乙方可将电气布线、控制柜安装等辅助工作分包给具备相应资质的第三方，但应提前书面通知甲方，并对分包方的工作向甲方负责。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议由甲方所在地人民法院管辖。
H:第十五条 不可抗力及其他
P:15.1 乙方应为其施工人员办理工伤及意外伤害保险，并承担其人员的全部薪酬、社保及安全责任。改造期间产生的废旧线缆、包装物由乙方负责清运，不得影响甲方正常生产。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同。
P:15.3 本合同附件包括技术协议、设备清单、停线改造计划及培训计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：高阳县暖福棉鞋厂        乙方（盖章）：石家庄智缝自动化科技有限公司
P:日期：2025年7月8日
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
Z03 = """连锁中医理疗门店预约及会员管理SaaS服务合同

合同编号：XY-SaaS-2025-0926
甲方：成都杏苑拔罐理疗连锁管理有限公司
乙方：蓉城云约科技有限公司

鉴于甲方在四川省内经营45家拔罐（中医理疗）连锁门店，拟采用乙方“约疗云”SaaS平台实现线上预约、理疗师排班、会员储值及营销管理，双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方45家门店提供“约疗云”SaaS平台服务，包括：
1. 小程序及公众号在线预约、理疗师排班与到店核销；
2. 会员档案、储值卡、次卡、积分及会员等级管理；
3. 门店收银、理疗项目及耗材（火罐、艾条、刮痧板等）库存管理；
4. 总部经营报表、门店业绩看板及理疗师提成核算。
（二）乙方负责实施服务：系统配置、存量会员数据迁移、与甲方微信支付商户号及财务系统的接口对接、门店店长及前台人员培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算。

二、费用及支付
（一）合同总价为人民币722,000元，包括：
1. SaaS服务费：每店每服务年度6,800元，45家门店每服务年度306,000元，两个服务年度合计612,000元；
2. 实施费：86,000元（一次性）；
3. 数据迁移费：24,000元（一次性）。
（二）实施费及数据迁移费在上线验收合格后15个工作日内支付。
（三）每个服务年度的SaaS服务费于该服务年度开始后10个工作日内支付。
（四）服务期内门店数量增减的，服务费按实际门店数及剩余月数折算，于下一服务年度结算。
（五）上述费用已包含平台使用、常规版本升级、短信通知（每店每月不超过2,000条）及远程技术支持费用；超出部分的短信费用按实际发生额结算。乙方应在收款前向甲方开具合法有效的增值税发票。

三、实施与验收
（一）乙方应在合同签订后50日内完成全部实施工作，并提交上线验收申请。
（二）上线验收标准：1. 合同约定功能在全部门店可用；2. 迁移后会员数量、储值余额、次卡剩余次数与甲方原系统逐条核对一致；3. 会员预约下单至门店收到提醒不超过5秒；4. 微信支付对账连续7日无差异。
（三）甲方应在收到申请后10个工作日内组织验收并出具书面意见。试用或部分门店先行使用，均不视为验收合格。
（四）实施期间，乙方应指派专职项目经理，按周向甲方报告进度；甲方应指定对接人，及时提供门店清单、会员数据及支付商户资料。
（五）实施完成后，乙方应提交系统配置说明、门店操作手册及培训记录。
（六）新开门店接入的，乙方应在甲方通知后3个工作日内完成门店开通、收银设备调试及店员培训，新开门店服务费按第二条第（四）项折算。

四、服务水平
（一）平台月度可用率不低于99.6%（经甲方同意的计划内维护除外）。
（二）一级故障（平台无法登录、预约或收银中断）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决；一般咨询当日答复。
（三）月度可用率低于约定值的，按下列标准抵扣相应月份的服务费：低于99.6%但不低于99%的，抵扣当月服务费的5%；低于99%的，抵扣当月服务费的10%。一级故障超时恢复的，每超时1小时另行抵扣1,000元。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方应在每年春节、“三伏贴”等预约高峰期前完成扩容评估，并安排专人值守；系统版本升级应在门店营业时间以外进行，并提前3个工作日通知甲方。
（六）乙方提供7×24小时故障受理热线及在线工单渠道，门店可直接报障。
（七）乙方应每日对甲方数据进行备份，备份数据保存不少于30日，并每季度进行一次恢复演练，演练结果书面报告甲方。

五、数据安全与数据归属
（一）甲方的会员信息、预约记录、理疗咨询记录及交易数据均属于甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的。
（二）乙方应对会员个人信息加密存储、按最小授权原则控制访问，系统部署于境内并通过等级保护第三级测评；发生个人信息泄露等安全事件的，乙方应在2小时内通知甲方，配合处置并承担因其过错造成的全部损失。
（三）服务期满或合同解除后30日内，乙方应将全部数据以通用格式交还甲方，并彻底删除其保存的数据及备份。

六、保密
双方对履行本合同获知的对方商业秘密、会员信息、价格及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后继续有效。

七、知识产权
（一）“约疗云”平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序页面、接口程序及报表模板，知识产权归甲方所有，甲方可自由使用、修改及委托第三方开发。

八、违约责任
（一）乙方逾期完成上线验收的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方在本合同项下的累计赔偿责任（包括违约金及服务费抵扣）以甲方在索赔事项发生前六个月内已支付的服务费为限，但因乙方故意或重大过失造成的损失除外。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

九、续期
本合同期满前30日任何一方未书面提出异议的，合同自动续期一个服务年度，续期次数不限；续期服务费由乙方根据其当期价格政策确定，乙方有权调整单价，并于续期前书面通知甲方。

十、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、合同解除
乙方严重违约，或一级故障在同一自然月内发生三次以上的，甲方有权书面通知解除合同，并要求乙方退还未履行期间的服务费。

十二、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议提交成都仲裁委员会仲裁。

十三、不可抗力
因地震、火灾、政府行为等不可抗力导致一方不能履行本合同的，受影响一方应在3日内通知对方并提供证明，可根据影响程度部分或全部免除责任。云服务商机房故障、乙方网络攻击防护不足等不属于不可抗力。

十四、甲方的义务
（一）按约定支付费用，指定总部及各门店的系统管理员；
（二）妥善保管账号密码，对其员工在系统中的操作负责；
（三）保证向乙方提供的会员数据来源合法，已依法取得会员对个人信息处理的同意。
（四）按乙方要求为门店配备可正常联网的收银电脑、小票打印机及扫码设备，并在实施期间安排门店人员参加培训。
（五）甲方发现系统故障或数据异常的，应及时通过热线或工单渠道通知乙方，并配合乙方排查。

十五、通知
本合同项下的通知以书面形式送达双方在本合同首页载明的地址或电子邮箱，电子邮件发出后即视为送达。

十六、廉洁条款
乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权要求乙方改正，并视情节暂停后续合作。

十七、服务变更
甲方新增门店、新增理疗项目或调整会员规则的，乙方应在5个工作日内完成相应配置，不另行收费；涉及新功能开发的，双方另行书面确定工作量和费用。

十八、其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：成都杏苑拔罐理疗连锁管理有限公司
乙方（盖章）：蓉城云约科技有限公司
日期：2025年9月26日
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1)
Z04 = """××省总工会温泉疗养院入住与理疗管理系统运维服务合同

合同编号：WQLY-YW-2025-08
甲方：××省总工会温泉疗养院
乙方：汤山慧康信息技术有限公司

甲方“入住与理疗管理系统”已于前期建成并投入使用。为保障系统稳定运行，甲方委托乙方提供运维服务。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

1. 服务范围
1.1 乙方为甲方入住与理疗管理系统提供运维服务，范围包括：疗养员预约与入住登记、房态管理、温泉理疗排程、理疗项目计费、体检报告管理、餐饮结算等模块，以及支撑系统运行的服务器、数据库和中间件。
1.2 服务内容包括：日常巡检、故障处理、数据库维护与备份、补丁及版本升级、报表调整（每季度不超过20人日）、疗养高峰期现场保障、年度应急演练及等级保护测评整改配合。
1.3 服务期自2025年8月1日起至2026年7月31日止。
1.4 服务开始前，乙方应与前一运维服务商及甲方信息科完成交接，核对系统账号、配置、备份策略及未决问题清单，交接记录由三方签字确认。

2. 服务费用及支付
2.1 运维服务费总额为人民币386,000元（含税），包括人工、差旅、备件及工具等全部费用。
2.2 服务费按季度支付：每季度末经甲方对当季服务考核合格后15个工作日内，甲方支付96,500元。
2.3 本合同不设预付款。

3. 服务水平
3.1 乙方派驻场工程师1名（工作日8:30至17:30），其他时间提供7×24小时电话及远程支持。
3.2 一级故障（入住登记、理疗排程或计费无法使用）：15分钟内响应，1小时内到场，3小时内恢复；二级故障（单一模块部分功能异常）：30分钟内响应，8小时内解决；三级问题（咨询及报表需求）：1个工作日内响应。
3.3 乙方每月提交巡检报告，每次一级故障后两个工作日内提交故障分析报告。
3.5 乙方应在每年春节、暑期疗养高峰期及省总工会集中疗休养活动期间安排专人现场值守，并提前一周完成系统容量检查。
3.6 乙方每日检查数据库备份执行情况，每月进行一次备份恢复测试；服务器、数据库及中间件补丁应在测试环境验证后，于甲方同意的时间窗口内安装。
3.7 乙方应建立运维知识库，记录故障现象、原因及处理方法，服务期满时移交甲方。
3.8 乙方应协助甲方完成等级保护年度测评中与本系统相关的整改事项，提供系统拓扑、账号权限清单及安全配置说明，并按甲方确认的整改计划完成主机加固和漏洞修复。
3.9 乙方应每季度向甲方提交服务季报，内容包括故障统计、巡检发现的问题、容量及性能趋势和改进建议。
3.4 一级故障超时恢复的，每超时1小时扣减当季服务费800元；二级故障超时解决的，每超时1小时扣减300元。当季扣减总额不超过当季服务费的10%。

4. 服务考核（验收）
4.1 甲方每季度对乙方服务进行考核，考核标准：（1）超时故障不超过2起；（2）巡检、备份均按计划完成，无遗漏；（3）当季抽查的数据库备份恢复测试成功；（4）疗养员服务满意度调查得分不低于90分。
4.2 考核不合格的，乙方应在10个工作日内整改，整改合格后甲方支付当季服务费。
4.3 服务期满时，乙方应提交年度运维总结报告、系统配置清单、账号清单及全部运维文档，经甲方确认无遗漏后完成服务期末验收。

5. 乙方人员
5.1 驻场工程师应具备数据库及Linux系统管理经验，持有相关技术认证，经甲方面试确认后上岗。
5.2 乙方更换驻场工程师应提前10个工作日书面通知甲方，并安排不少于5个工作日的交接；甲方认为驻场人员不能胜任的，有权要求乙方更换。
5.3 乙方人员应遵守甲方院区管理、安全保卫及疗养区作息规定，不得进入与工作无关的区域。

6. 甲方的义务
6.1 甲方为驻场工程师提供办公场所、网络及必要的系统访问权限。
6.2 甲方指定信息科负责人作为对接人，及时确认巡检报告、故障处理结果和服务考核结果。
6.3 甲方对系统功能的新增或重大调整需求，应另行与乙方协商，不属于本合同运维服务范围。
6.4 甲方应及时告知乙方院区网络、机房供电等可能影响系统运行的计划性工作，以便乙方提前做好准备。
6.5 甲方应按约定支付服务费，并为乙方开展应急演练、版本升级等工作协调业务科室，安排合适的停机时间；因甲方原因未能按计划实施的，相应工作顺延，乙方不承担逾期责任。

7. 数据
7.1 系统中疗养员身份信息、健康体检信息、理疗记录及结算数据归甲方所有。
7.2 乙方应遵守《数据安全法》《个人信息保护法》，对健康信息加密存储，运维操作一律通过甲方堡垒机进行并全程留痕，不得将数据拷贝至甲方网络以外；发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
7.3 甲方同意，乙方可将系统运行日志及经去标识化处理的理疗项目使用数据用于其产品改进和行业分析，但不得识别到具体个人。

8. 保密
8.1 乙方对履约中接触的疗养员个人信息、甲方内部管理信息负有保密义务，未经甲方书面同意不得向第三方披露。驻场人员应签署保密承诺书。
8.2 本条义务在合同终止后继续有效。

9. 知识产权
9.1 系统原有软件的知识产权按原采购合同约定执行。
9.2 乙方在本合同项下为甲方编写的报表、脚本及运维文档归甲方所有，甲方可自由使用和修改。

10. 违约责任
10.1 乙方未按计划完成版本升级、年度应急演练或等级保护整改配合工作的，每逾期一日按合同总价的千分之二支付违约金。
10.2 乙方人员违规操作造成系统数据损毁的，乙方应负责恢复并赔偿损失。
10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。

11. 分包
11.1 乙方不得将本合同项下的运维服务分包或转包给任何第三方。

12. 合同变更与终止
12.1 服务期满，本合同自然终止；双方如需继续合作，应另行签订合同。
12.2 合同履行期间，任何一方不得单方解除本合同。因不可抗力导致本合同无法履行的，双方协商处理。
12.3 乙方服务质量不符合约定的，甲方可按第3.4条、第10条追究乙方违约责任，并有权要求乙方更换驻场人员。

13. 争议解决
13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

14. 其他
14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
14.2 因不可抗力不能履行本合同的，受影响一方应及时通知对方并提供证明，相应免除责任。
14.3 本合同附件包括：系统模块及服务器清单、巡检项目表、服务考核表。附件与本合同具有同等效力。
14.4 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益。
14.5 双方联系人及联系方式见附件，一方变更联系人的，应提前3个工作日书面通知对方。通知以书面形式送达合同首页所载地址，电子邮件发出后即视为送达。
14.6 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：××省总工会温泉疗养院
乙方（盖章）：汤山慧康信息技术有限公司
日期：2025年7月18日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
Z05 = """# 绣迹通工序追溯系统软件许可及定制开发合同

（乙方标准合同文本 V1.4）

合同编号：XJT-2025-117

甲方：曹县福缘虎头鞋工艺品厂

乙方：济南绣迹通软件有限公司

甲方因虎头鞋生产管理需要，向乙方采购“绣迹通工序追溯系统”软件许可及定制开发服务。双方本着平等自愿原则，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“绣迹通工序追溯系统”标准版软件许可，并根据甲方需求进行定制开发，实现虎头鞋鞋面绣花（虎头、虎眼、王字纹）、纳底、绱鞋各工序的扫码报工、计件工资核算、批次追溯及外发加工（绣娘居家加工）登记。

1.2 定制开发内容以双方确认的《需求确认单》为准；需求确认后的变更，乙方另行报价。

1.3 软件许可范围：甲方可在其厂区及登记在册的外发加工点使用本系统，并发账号数量以第二条约定为准，超出部分按乙方报价另行购买。

软件许可自甲方付清全部款项之日起生效，乙方交付的软件版本为签约时的最新发布版本。

1.4 本合同不包括服务器、扫码枪、标签打印机、网络设备及操作系统、数据库等第三方软件，由甲方自行采购，其型号应符合乙方提供的配置要求。

1.5 系统主要功能包括：订单及批次管理、工序路线配置、二维码工票打印、扫码报工、外发加工领料与回收登记、计件工资自动核算、次品登记及返工追踪、成品批次追溯查询、生产日报及月报。

1.6 乙方将为甲方配置标准工序模板三套（单鞋、棉鞋、婴儿虎头鞋），并按甲方提供的计件单价表完成工资规则设置。工序模板及工资规则以外的配置需求，属于定制开发内容，应列入《需求确认单》。

1.7 系统支持安卓手机及工业扫码枪报工。外发加工户可通过微信小程序领取工票并登记交货数量，外发加工户的使用账号不计入并发账号数量。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 绣迹通工序追溯系统标准版许可（永久，50个并发账号） | 286,000 |
| 2 | 定制开发（绣花、纳底工序模块，计件工资，外发加工登记） | 214,000 |
| 3 | 扫码终端适配、安装部署及数据初始化 | 38,000 |
| 4 | 操作培训 | 9,000 |
| | 合计 | 547,000 |

上述价格含税，不含甲方自备的服务器、扫码枪及网络设备。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，计355,550元。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，计191,450元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停实施及技术支持。

## 第四条 交付与验收

4.1 乙方在收到首付款后60日内完成安装部署。

4.2 系统安装完成并上线运行后，即视为甲方验收合格。甲方在上线后7日内未提出书面异议的，亦视为验收合格。

4.3 因甲方未按时提供服务器环境、工序资料、员工名单或未及时确认需求，导致交付延误的，交付期限相应顺延，乙方不承担责任。

4.4 乙方交付的文档包括：系统安装说明、操作手册及培训课件。

4.5 甲方应在合同签订后10日内指定项目联系人，并提供工序清单、计件单价表、员工及外发加工户名单、历史订单样例等资料。甲方提供的资料不完整或不准确的，由此造成的返工由甲方承担费用。

4.6 甲方应按乙方要求准备服务器及网络环境，并为乙方实施人员提供必要的工作条件。

## 第五条 技术支持与维护

5.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

5.2 免费维护期内，乙方将尽商业上合理的努力，在工作时间内及时处理甲方报告的问题。

5.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时公布的年度服务价格标准另行购买。

5.4 下列情况不属于免费维护范围，乙方可另行收费：甲方自行修改系统配置或数据库导致的故障；第三方软硬件故障；甲方新增功能需求；甲方人员误操作导致的数据恢复。

## 第六条 培训

乙方在系统上线前为甲方提供一次集中操作培训，培训对象为甲方生产主管、统计员及班组长，人数不超过20人。甲方新增人员的培训，可由甲方已培训人员自行组织，乙方另行培训的按人日收费。

## 第七条 甲方的义务

甲方应妥善保管系统账号及密码，因甲方账号泄露造成的损失由甲方自行承担。甲方应按乙方提供的操作手册使用系统，不得自行修改数据库或安装与系统冲突的软件。甲方应对其录入数据的真实性、合法性负责。

甲方应安排专人负责系统日常管理，包括员工账号开通与注销、工序及计件单价维护、外发加工户信息登记。甲方变更计件单价或工序路线的，应自行在系统中调整，需乙方协助调整的，乙方可按人日收取费用。

## 第八条 知识产权

8.1 乙方对绣迹通系统及本合同项下全部定制开发成果（包括源代码、工序模板、数据库结构及文档）享有全部知识产权。

8.2 甲方在付清全部款项后，获得在本厂范围内使用上述成果的非独占、不可转让的许可，不得修改、反向工程或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入的生产、工资和人员数据归甲方所有。

9.2 乙方应采取访问控制、数据加密和定期备份等措施保护系统数据安全；发生数据泄露或丢失的，乙方应在24小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.3 甲方同意乙方将经脱敏处理的工序数据和工时数据用于产品优化、行业工时标准研究及乙方其他客户的实施参考。

## 第十条 保密

10.1 双方对在本合同履行过程中获知的对方商业秘密负有保密义务，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期完成安装部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 因甲方原因导致合同无法继续履行的，甲方已付款项不予退还。

11.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，除双方另行书面约定外，以本文本为准。

14.2 因不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。网络中断、电力故障等情形视为不可抗力。

14.3 甲方同意乙方在其宣传材料及客户名单中使用甲方名称和标识。

14.4 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.5 本合同的附件包括《需求确认单》《系统功能清单》及《服务器配置要求》，附件与本合同具有同等效力。附件与本合同正文不一致的，以本合同正文为准。

14.6 本合同未尽事宜，由双方另行协商并签订补充协议。

14.7 本合同项下的通知可通过电子邮件或即时通讯工具发送至双方指定联系人，发出即视为送达。

甲方（盖章）：曹县福缘虎头鞋工艺品厂

乙方（盖章）：济南绣迹通软件有限公司

日期：2025年10月9日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N), vendor in Thies
E01 = """T:Software Licence and Services Agreement - Plant Maintenance Management System
P:Agreement No. ANQ-CMMS-2025-044
P:This Agreement is made on 12 August 2025 between Anqing Jiangshan Cement Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Anqing, Anhui Province (the "Buyer"), and Teranga Logiciels Industriels SARL, a company incorporated in the Republic of Senegal with its registered office at Route de Dakar, Thies, Senegal (the "Vendor").
P:The Buyer operates two clinker lines and a grinding station and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the MAINTA plant maintenance management software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the MAINTA software, version 7, in object code, together with its standard documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, equipment hierarchy models, data conversion scripts and any other work product created by the Vendor specifically for the Buyer under this Agreement, including source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or processed in the Licensed Software in relation to the Buyer's plants, equipment, employees and suppliers.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system has passed all acceptance tests.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software for 300 named users at the Buyer's plants and offices in the People's Republic of China, including use by contractors acting for the Buyer.
P:2.2 The Vendor shall implement the Licensed Software, including the equipment hierarchy for both clinker lines, preventive maintenance plans, spare parts inventory, work order workflow, mobile inspection rounds, an interface with the Buyer's ERP system for purchase requisitions and goods receipts, an interface with the distributed control system for running hours, and migration of historical maintenance records.
P:2.3 The Vendor shall deliver training to key users and administrators at the Buyer's Anqing plant.
P:2.4 The Vendor shall appoint a project manager with experience of at least two cement or mining plant implementations, who shall attend the Buyer's site during configuration, testing and go-live. The project manager may be replaced only with the Buyer's written approval.
P:2.5 The Buyer shall provide the servers, database licences and network access described in Annex 2, a project team of maintenance planners and IT staff, and timely decisions on design questions. Delays caused by the Buyer extend the Vendor's dates accordingly.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,736,000, inclusive of all taxes payable in China and all travel costs, made up as follows: Licence Fee CNY 1,180,000; implementation and interfaces CNY 426,000; data migration CNY 92,000; training CNY 38,000.
P:3.2 The Contract Price is fixed and not subject to exchange rate adjustment. All payments are made in CNY.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price after installation and configuration are complete and the Buyer has signed an installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Each payment is subject to a valid invoice. Withholding taxes, if any, are handled in accordance with the applicable tax treaty and Chinese law.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 100 days after signature, and shall submit the system for acceptance testing within 130 days after signature.
P:5.2 Acceptance tests shall demonstrate that: (a) all functions in the agreed functional specification work as described; (b) migrated work orders and spare parts records reconcile with the source files without loss; (c) the ERP interface transfers requisitions and goods receipts correctly for ten consecutive working days; (d) screens open within three seconds for 80 concurrent users; and (e) no Severity 1 defect remains open.
P:5.3 The Buyer shall run the tests with the Vendor's support and issue a written acceptance certificate or a list of defects within 15 working days. The Vendor shall correct listed defects and resubmit. Use of the system in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to the functional specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and, where needed, on-site support free of charge.
P:6.2 Severity 1 incidents (system unavailable or work orders cannot be issued) shall be responded to within one hour and worked on continuously until a fix or workaround is in place. Severity 2 incidents shall be responded to within eight working hours.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Buyer CNY 1,000 against any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support at 11% of the Licence Fee (CNY 129,800 per year). This rate is fixed for the three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Licensed Software.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them without restriction.
P:7.3 The Vendor shall defend the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights and shall bear all resulting costs and damages.
H:Article 8 Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 Remote access by the Vendor shall be approved by the Buyer for each session and made through the Buyer's bastion host. Buyer Data shall not be transferred outside the People's Republic of China. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 24 hours, take remedial measures and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 5.1, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 7.3 and 8, or to fraud and wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination the Vendor shall refund amounts paid for undelivered work and return all Buyer Data.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to mitigate. If such an event lasts more than 60 days either party may terminate.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Senegal.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Centre d'Arbitrage, de Mediation et de Conciliation de Dakar, with the seat of arbitration in Dakar. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with its Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B), vendor in Kaolack
E02 = """# ORDER FORM - ARACHIS TRACE SUPPLY CHAIN PLATFORM

Order Form No. AT-CN-2025-0112 | Saloum Agri Data SARL, Avenue Valdiodio Ndiaye, Kaolack, Senegal ("Provider")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the Customer and the Provider agree to both parts. If Part A conflicts with Part B, Part A prevails.

## PART A - ORDER DETAILS

### A1. Parties

Customer: Linyi Huasheng Peanut Foods Co., Ltd., Linyi, Shandong Province, People's Republic of China.

Provider: Saloum Agri Data SARL, Kaolack, Senegal, acting through its authorised representative.

### A2. Subscribed Service

Arachis Trace, a hosted platform for tracing raw peanuts from grower cooperatives and import lots through shelling, roasting, pressing and packing, with aflatoxin test records, supplier certificates, lot genealogy and recall simulation. Subscription scope: 160 named users, 3 production sites, unlimited grower and supplier records, mobile app for warehouse intake, standard connector for the Customer's ERP.

### A3. Subscription Term

24 months from the Service Start Date. The Service Start Date is the date on which the Customer signs the Go-Live certificate under A5.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | CNY 26,500 per month x 24 months | 636,000 |
| Onboarding and configuration | one-time | 48,000 |
| Total Fees for the Subscription Term | | 684,000 |

Subscription fees are invoiced quarterly in advance, the first invoice on the Service Start Date. The onboarding fee is invoiced after the Go-Live certificate is signed. Invoices are payable within 30 days. Fees are fixed for the Subscription Term.

### A5. Onboarding and Go-Live

The Provider shall configure the platform, load master data for sites, products and suppliers, set up the ERP connector and train 20 key users within 45 days after signature. Go-Live testing shall show that: (a) a full trace from finished-goods lot back to grower cooperative and forward to customer shipment can be run within ten seconds; (b) intake, roasting and packing records posted from the mobile app and the ERP connector reconcile with the Customer's ERP for five consecutive working days; (c) a recall simulation on a sample lot produces a complete report; and (d) user roles and approval steps work as specified. The Customer signs the Go-Live certificate when these tests are passed; use of the platform for training or testing is not Go-Live.

### A6. Service Levels

Monthly availability of the production platform: 99.95%, excluding maintenance windows notified five days in advance and held on Sundays between 01:00 and 05:00 China Standard Time.

| Priority | Description | Response time | Restoration target |
|---|---|---|---|
| P1 | platform unavailable or traces cannot be run | 30 minutes | 3 hours |
| P2 | major function impaired, workaround exists | 2 hours | 1 business day |
| P3 | minor issue or question | 1 business day | next release |

Service credits: if monthly availability falls below 99.95%, the Provider credits 5% of that month's subscription fee for each 0.1 percentage point of shortfall or part of it, up to half of that month's fee. If a P1 response is late, the Provider credits CNY 800 per hour of delay. Credits are set off against the next invoice.

Signed for the Customer: ____________________ Date: ________

Signed for the Provider: ____________________ Date: ________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and records uploaded to or generated in the platform by or for the Customer, including grower, supplier, lot and test data.

1.2 "Documentation" means the Provider's user guides and specifications for the platform, as updated from time to time.

1.3 "Configurations" means the workflows, templates, report layouts, label formats and connector mappings created by the Provider for the Customer.

### 2. Provision of the Service

2.1 The Provider shall make the platform available to the Customer's authorised users during the Subscription Term in accordance with the Documentation and Part A.

2.2 The Provider may improve the platform from time to time, provided that no change materially reduces the functions subscribed in Part A.

2.3 The Provider hosts the production platform in a data centre in mainland China operated by a licensed cloud service provider.

### 3. Customer Obligations

3.1 The Customer is responsible for its users' activities, for keeping log-in credentials secure and for the accuracy of data it enters.

3.2 The Customer shall not resell the service or use it to build a competing product.

3.3 The Customer shall provide the Provider with master data for sites, products and suppliers in the agreed templates within 10 days after signature, and shall make key users available for configuration workshops and Go-Live testing.

3.4 The Customer may add named users during the Subscription Term at the monthly per-user rate of CNY 120, prorated to the end of the Subscription Term.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the service and support under this Order Form and for no other purpose.

4.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of administrative access and daily backups kept for 35 days. Customer Data is stored in mainland China and is not transferred abroad.

4.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in its investigation and remediation, and bear the costs and losses caused by its failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and PDF formats and then delete it.

### 5. Intellectual Property

5.1 The Provider retains all rights in the platform and the Documentation.

5.2 Configurations belong to the Customer. The Customer may use, copy and modify them and have third parties do so, during and after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information, use it only for this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives for three years after the Subscription Term ends.

### 7. Subcontractors

7.1 The Provider may engage subcontractors, including hosting providers and support partners, to perform any part of the service. The Provider shall inform the Customer of each new subcontractor by email at least 15 days before it starts work and remains responsible for its subcontractors' performance.

### 8. Fees and Taxes

8.1 Fees are stated in CNY and include applicable taxes in China. Late payments bear interest at 0.03% per day.

8.2 The Provider may suspend the service if an undisputed invoice remains unpaid 20 days after a written reminder.

### 9. Warranties

9.1 The Provider warrants that the platform will perform materially in accordance with the Documentation and that onboarding services will be performed with reasonable skill and care.

9.2 The Provider shall provide release notes at least 10 days before each major release and shall maintain a test environment for the Customer's own testing throughout the Subscription Term.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Customer's payment obligations.

### 11. Term, Renewal and Termination

11.1 This Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties, at fees agreed at that time.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

11.3 On termination by the Customer for the Provider's breach, the Provider refunds prepaid fees for the period after termination.

### 12. Force Majeure

12.1 Neither party is liable for failure caused by events beyond its reasonable control, other than payment obligations, if it notifies the other party promptly.

### 13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application.

### 14. General

14.1 Notices shall be given in writing to the addresses in Part A. Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table), vendor in Kolda
E03 = """T:Purchase Contract for Grain Storage Monitoring Sensors and Software
P:Contract No. HLJ-GR-2025-0733
P:Buyer: Heilongjiang Beida Grain Reserve Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Casamance Capteurs et Systemes SUARL, Quartier Sikilo, Kolda, Senegal (the "Supplier").
P:The Buyer operates 28 flat and silo warehouses at four depots and wishes to monitor grain temperature, humidity and gas concentration continuously. This contract is made on the Buyer's standard purchase terms.
H:1. Subject Matter
P:1.1 The Supplier shall supply wireless grain temperature and humidity cable probes, gas sensors for carbon dioxide and phosphine, LoRa gateways and a perpetual licence of its GrainWatch monitoring software, and shall install, commission and integrate them at the Buyer's depots.
P:1.2 The Supplier shall integrate GrainWatch with the Buyer's warehouse management system and with the provincial grain reserve supervision platform, so that temperature readings and alarms are reported automatically.
P:1.3 The detailed technical specification is set out in Annex 1 and forms part of this contract.
P:1.4 All equipment shall be new, of current production and suitable for use in grain warehouses at temperatures between minus 35 and plus 45 degrees Celsius. Probes and sensors in contact with grain shall be made of food-safe materials and carry the certificates listed in Annex 1. Gateways shall hold the radio type approval required in the People's Republic of China.
P:1.5 The Supplier shall provide operating manuals in Chinese, wiring diagrams, a spare parts list and the software installation media together with the equipment.
H:2. Price
P:2.1 The contract price is CNY 1,314,000, inclusive of VAT, transport, insurance, installation and all other costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity cable probe|420|1,180|495,600
TB:2|LoRa gateway with backup battery|28|6,900|193,200
TB:3|CO2 / phosphine gas sensor|56|3,450|193,200
TB:4|GrainWatch software perpetual licence (28 warehouses)|1|236,000|236,000
TB:|Hardware and licence subtotal|||1,118,000
TB:5|Installation and cabling|1 lot|118,000|118,000
TB:6|Commissioning and platform integration|1 lot|64,000|64,000
TB:7|Training|1 lot|14,000|14,000
TB:|Contract price|||1,314,000
P:2.2 Prices are fixed for the duration of this contract.
H:3. Payment
P:3.1 The Buyer shall pay 25% of the contract price within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 50% of the contract price after all equipment has been delivered and installed and the installation record has been signed. Signature of the installation record does not mean acceptance.
P:3.3 The Buyer shall pay the remaining 25% of the contract price within 20 working days after final acceptance under clause 5.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the four depots within 60 days after signature and complete installation within 100 days after signature.
P:4.2 Installation in warehouses containing grain shall follow the Buyer's safe-entry rules, including gas testing before entry and a Buyer representative on site.
P:4.3 Title and risk in the equipment pass to the Buyer on delivery to each depot.
P:4.4 The Supplier shall appoint a project manager who is reachable during working hours and who shall submit a weekly progress report to the Buyer's project contact, listing work done at each depot, open issues and the plan for the following week.
P:4.5 The Buyer shall provide access to the depots, power supply points, network connections and a room for storing equipment, and shall arrange for grain to be levelled where probes are to be installed.
H:5. Acceptance
P:5.1 Final acceptance tests shall show that: (a) every probe and sensor reports at the configured interval to GrainWatch; (b) temperature readings agree with a calibrated reference thermometer within plus or minus 0.5 degrees Celsius at sampled points; (c) alarms for temperature rise and gas concentration are raised in GrainWatch and in the provincial platform within one minute; (d) the warehouse management system interface transfers readings without loss for 30 consecutive days; and (e) no Severity 1 fault occurs in that period.
P:5.2 The Buyer shall issue a final acceptance certificate within 10 working days after the tests are passed, or a written list of defects. Delivery, installation or use of the system before the certificate is issued does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from final acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including parts, labour and travel, and shall supply software updates.
P:6.2 Severity 1 faults (a whole warehouse or a gateway stops reporting, or GrainWatch is unavailable) shall be responded to within two hours and fixed on site within 48 hours. Severity 2 faults (single probes or sensors fail) shall be fixed within five working days.
P:6.3 If the Supplier misses the Severity 1 response time, it shall pay the Buyer CNY 800 for each hour of delay; if it misses a fix time, CNY 1,500 for each day of delay.
P:6.4 After the warranty period, the Buyer may order annual support covering repairs, spare parts and software updates at 8% of the hardware and licence subtotal, that is CNY 89,440 per year. This fee is fixed for the two years following the warranty period. Support is ordered by separate purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in GrainWatch and the sensor firmware and grants the Buyer a perpetual licence to use them.
P:7.2 The interfaces, alarm rules, warehouse layouts and reports developed for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
H:8. Data Security
P:8.1 All monitoring data, warehouse layouts and stock information belong to the Buyer and may be used by the Supplier only to perform this contract.
P:8.2 GrainWatch shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, and no data may be copied outside the Buyer's network.
P:8.3 The Supplier shall report any data security incident to the Buyer within 12 hours, take remedial measures and compensate the Buyer for losses caused by the Supplier's breach.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information on the Buyer's grain stocks, depots, security arrangements and prices, and shall not disclose it without the Buyer's written consent, during this contract and for three years after it ends.
H:10. Delay and Liability
P:10.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the contract price, except for liability for personal injury, wilful misconduct and breach of clauses 8 and 9, which is unlimited.
P:10.3 If equipment delivered does not conform to the specification, the Supplier shall replace it at its own cost within 15 days after the Buyer's notice, including removal of the defective items and reinstallation. Repeated failure of the same type of probe or sensor entitles the Buyer to require replacement of the whole batch.
P:10.4 The Supplier shall maintain product liability and public liability insurance covering its work at the depots and provide evidence of cover before installation starts.
P:10.5 The Supplier shall comply with the Buyer's rules on safety, fire prevention and fumigation schedules at each depot and shall not enter a warehouse during fumigation or while gas concentrations exceed safe limits.
P:10.6 Each party shall comply with applicable anti-bribery rules and shall not offer any improper benefit to the other party's staff.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling may be subcontracted to a local installer approved by the Buyer in writing.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:14. Miscellaneous
P:14.1 The Supplier shall deliver training at each depot for warehouse keepers and at the head office for administrators, covering probe installation and removal during grain turnover, alarm handling, basic troubleshooting and report generation, with training materials in Chinese.
P:14.2 Notices shall be given in writing to the addresses stated above. Amendments to this contract are valid only if made in writing and signed by both parties.
P:14.3 This contract is signed in two originals in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables), vendor in Tambacounda
E04 = """# Managed IT Services Agreement

Agreement No. JS-MSA-2025-019

**Customer:** Yancheng Guangyao Solar Modules Co., Ltd., Yancheng, Jiangsu Province, People's Republic of China ("Customer").

**Provider:** Niokolo Digital Services SA, Quartier Abattoirs, Tambacounda, Senegal, acting through its service centre in Suzhou ("Provider").

The Customer wishes to outsource its end-user IT services for its headquarters, two module factories and a warehouse. The Provider offers managed service desk, endpoint and on-site support services. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.3 "Contract Year" means each successive annual period starting on the Service Commencement Date or on an anniversary of it.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses, processes or stores in performing the Services.

## Section 2 Services

2.1 The Provider shall provide the Services at the service levels in Schedule 2 for 36 months from the Service Commencement Date (the "Initial Term").

2.2 The Services cover about 1,450 end users and 1,600 devices, including laptops, desktops, shop-floor terminals, printers and mobile devices, at the four Customer sites listed in Schedule 1.

2.3 The Provider shall use its IT service management tool, configured for the Customer, and shall give the Customer read access to all tickets and reports.

2.4 The Provider shall appoint a service delivery manager as the single point of contact for the Customer, who shall chair a monthly service review and a quarterly business review with the Customer's IT manager.

2.5 The Customer shall provide the Provider's on-site engineers with desks, network access, parking and access badges, and shall give the Provider administrative rights in the Customer's systems to the extent needed for the Services.

## Section 3 Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the Initial Term are CNY 2,180,000.

3.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after the transition acceptance certificate is signed.

3.3 The Customer shall pay each undisputed invoice within 30 days. There is no advance payment.

3.4 Device volumes may vary by up to 8% without change to the monthly service charge. Larger changes are priced at the unit rates in Schedule 3.

## Section 4 Transition and Acceptance

4.1 The Provider shall complete transition within 60 days after signature. Transition includes knowledge transfer from the Customer's IT team, asset discovery, set-up of the service desk in Chinese and English, configuration of the endpoint management tool and placement of on-site engineers.

4.2 Transition acceptance criteria: (a) at least 95 percent of devices are enrolled in endpoint management; (b) service desk handles live tickets for 10 working days in parallel with the Customer's team with no P1 response missed; (c) the asset register reconciles with the Customer's fixed-asset list; and (d) runbooks for all sites are approved by the Customer.

4.3 The Customer shall sign the transition acceptance certificate within 5 working days after the criteria are met, or state in writing which criteria are not met.

4.4 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## Section 5 Service Levels and Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level in Schedule 2 is missed in a month, the Customer receives the service credit stated in Schedule 2, deducted from the next invoice. Service credits in a month do not exceed 10% of that month's service charge.

5.3 If the same service level is missed in three consecutive months, the Provider shall submit a remediation plan within 10 days.

5.4 Service levels are measured in the Provider's service management tool. The Customer may audit the measurements once per Contract Year on 10 days' notice.

5.5 The Provider is not responsible for a missed service level to the extent caused by the Customer's failure to perform its obligations or by third-party suppliers engaged directly by the Customer.

## Section 6 Customer Data and Intellectual Property

6.1 Customer Data remains the property of the Customer. The Provider uses Customer Data only to perform the Services.

6.2 Runbooks, scripts, device images, knowledge articles and configurations created by the Provider for the Customer belong to the Customer, which may use and modify them freely and let a successor provider use them.

6.3 The Provider retains its pre-existing tools and methods.

## Section 7 Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including Customer Data, product designs, production data and pricing, and use it only for this Agreement. Information may be disclosed to employees and approved subcontractors who need to know it and are bound by equivalent obligations.

7.2 This Section survives termination for three years.

## Section 8 Liability

8.1 Neither party is liable for indirect or consequential loss.

8.2 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term, except for personal injury and wilful misconduct.

## Section 9 Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for approved subcontractors.

## Section 10 Term, Renewal and Termination

10.1 After the Initial Term, this Agreement renews automatically for successive periods of one Contract Year unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

10.2 For each renewal period the Provider may increase the charges in Schedule 3 by giving the Customer written notice at least 60 days before the renewal period begins.

10.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. The Customer may also terminate if service credits reach the monthly maximum in three months of any Contract Year.

10.4 On expiry or termination the Provider shall give exit assistance for up to 90 days at the unit rates in Schedule 3, including handover of all runbooks and open tickets to the Customer or its new provider.

10.5 The Provider's staff working at the Customer's sites shall comply with the Customer's site rules, including health, safety, clean-room and visitor rules, and the Provider shall remove from the Services any person whom the Customer reasonably considers unsuitable.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## Section 12 General

12.1 Notices shall be in writing and sent to the addresses above. This Agreement, including its Schedules, is the entire agreement between the parties.

12.2 Neither party may assign this Agreement without the other party's prior written consent. Amendments are valid only if made in writing and signed by both parties.

12.3 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 - Services and Sites

| Service | Scope | Hours |
|---|---|---|
| Service desk | phone, portal and chat, Chinese and English | 24 x 7 |
| Endpoint management | patching, software distribution, antivirus, encryption status, asset register | continuous |
| On-site support | 6 engineers: headquarters 1, Factory A 2, Factory B 2, warehouse 1 | 08:00-20:00, all shifts on call |
| Device lifecycle | imaging, deployment, moves, returns, disposal coordination | business days |
| Reporting | monthly service report and quarterly review | monthly / quarterly |

## Schedule 2 - Service Levels

| Priority | Example | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| P1 | production line terminals or site network down | 15 minutes | 3 hours | 3% of the monthly charge |
| P2 | a department cannot work | 30 minutes | 8 hours | 1% of the monthly charge |
| P3 | single user issue | 2 hours | 2 business days | 0.5% of the monthly charge |
| Service desk | calls answered within 60 seconds | 90% of calls | monthly | 1% of the monthly charge |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time | 74,000 |
| Monthly service charge | CNY 58,500 x 36 months | 2,106,000 |
| Total charges, Initial Term | | 2,180,000 |
| Additional device | per device per month | 36 |
| Additional on-site engineer day | per day | 1,600 |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses), vendor in Mbour
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. ZS-FISH-2025-058

BETWEEN
Zhoushan Haixing Ocean Fisheries Co., Ltd., Zhoushan, Zhejiang Province, People's Republic of China (the "Customer"); and
Petite Cote Ocean Data SARL, Route de Saly, Mbour, Senegal (the "Vendor").

BACKGROUND
The Vendor compiles landing, vessel-position and sea-condition data for fishing grounds off West Africa and delivers it through an application programming interface (API). The Customer operates a distant-water fishing fleet and a seafood trading business and wishes to use the data for voyage planning, catch verification and sourcing decisions.

1. DEFINITIONS
1.1 "Subscription Year" means each of the two consecutive periods of 365 days, the first starting on the Start Date.
1.2 "Start Date" means the date on which the Customer confirms in writing that API onboarding tests under clause 4 have been passed.
1.3 "Vendor Data" means the landing records, vessel-position tracks, sea-surface temperature and chlorophyll layers and derived indicators supplied by the Vendor.
1.4 "Historical Data Pack" means a one-time delivery of Vendor Data for the period 2018 to the Start Date, in the format set out in Annex A.
1.5 "Customer Data" means the Customer's query parameters, fleet positions, catch logs and other data the Customer uploads or that is generated by its use of the API.

2. SUBSCRIPTION
2.1 The Vendor grants the Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the API, download Vendor Data and use it within the Customer's group for its internal business purposes, including in reports to authorities and to its customers.
2.2 The subscription includes up to 2,000,000 API calls per month, 25 user accounts for the web console and the daily data feed of landings and vessel tracks.
2.3 The Vendor shall build a custom feed mapping that converts Vendor Data into the Customer's fleet management system format, and an API client for that system (together, the "Custom Deliverables").
2.4 The Vendor shall update landing data at least daily, vessel-position tracks at least hourly and sea-condition layers at least daily, and shall publish the update times in its technical documentation.
2.5 The Vendor shall give the Customer at least 60 days' notice before retiring any API endpoint or changing a data field, and shall keep the previous version available during that period.
2.6 The Customer shall keep its API keys secure, shall not resell Vendor Data as a stand-alone data product and shall be responsible for use of the API by its users.

3. FEES AND PAYMENT
3.1 The fees are: API subscription CNY 318,000 per Subscription Year, CNY 636,000 for both Subscription Years; Historical Data Pack CNY 56,000, one-time. The total contract value is CNY 692,000.
3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days.
3.3 The Historical Data Pack fee is invoiced after the Customer accepts the Historical Data Pack under clause 4.3.
3.4 Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Fees include applicable taxes in China.

4. ONBOARDING AND ACCEPTANCE
4.1 The Vendor shall complete API onboarding within 30 days after signature, including credentials, IP allow-listing, the Custom Deliverables and a test environment.
4.2 Onboarding tests shall show that (a) all documented API endpoints return correct data for a sample of 50 vessels and 20 ports; (b) the custom feed mapping loads a full day of data into the fleet management system without errors; and (c) median API response time is below 800 milliseconds over a 7-day test.
4.3 The Vendor shall deliver the Historical Data Pack within 45 days after signature. The Customer shall test it within 10 working days for completeness of record counts against the Vendor's published catalogue, schema conformity and absence of duplicate records, and shall accept it in writing or list the defects to be corrected.
4.4 The Vendor shall correct listed defects within 10 working days and resubmit the Historical Data Pack or the onboarding tests. Use of the API or the Historical Data Pack before written acceptance does not constitute acceptance.
4.5 The Vendor shall provide two remote training sessions for the Customer's analysts and IT staff, covering the API, the web console and the custom feed mapping, and shall supply technical documentation in English and Chinese.

5. SERVICE LEVELS
5.1 The Vendor shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified 72 hours in advance.
5.2 Priority 1 incidents (API unavailable or data feed stopped) shall be responded to within one hour, and the Vendor shall work continuously to restore the service. Priority 2 incidents shall be responded to within one business day.
5.3 The Vendor shall publish monthly availability figures on the customer portal.
5.4 The Vendor's sole obligation in respect of any failure to meet the service levels in this clause 5 is to use reasonable efforts to restore the service. No service credits, fee reductions or other compensation apply to such failures.

6. DATA PROTECTION AND SECURITY
6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the subscription and support under this Agreement, and shall not use, sell or share it for any other purpose.
6.2 Customer Data shall be stored on servers located in mainland China. The Vendor shall apply encryption in transit and at rest, key-based API authentication, access logging and least-privilege access for its staff.
6.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, investigate and remediate it, and be liable for losses caused by its failure to comply with this clause 6.
6.4 On expiry the Vendor shall delete Customer Data within 30 days and certify the deletion in writing.

7. INTELLECTUAL PROPERTY
7.1 The Vendor retains all rights in Vendor Data, the API and its platform.
7.2 The Custom Deliverables belong to the Customer on delivery. The Vendor shall deliver their source code, and the Customer may use, modify and license them without restriction.
7.3 Analyses, reports and models created by the Customer using Vendor Data belong to the Customer.

8. DELAY
8.1 If the Vendor fails to deliver the Historical Data Pack by the date in clause 4.3, the Vendor shall pay the Customer 0.1% of the total contract value for each day of delay, up to 8% of the total contract value.

9. LIABILITY
9.1 Neither party is liable for indirect or consequential loss.
9.2 The Vendor warrants that Vendor Data is compiled with reasonable care from the sources described in its methodology notes.
9.3 The Vendor does not warrant that Vendor Data is complete or free from errors, but shall correct any errors notified by the Customer in the next daily update and shall publish a notice of material corrections on the customer portal.
9.4 The Customer is responsible for decisions it makes on the basis of Vendor Data, including voyage planning and purchasing decisions.
9.5 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, government action or failure of public networks, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

10. SUBCONTRACTING
10.1 The Vendor shall not subcontract the hosting, processing or support of the service without the Customer's prior written consent.

11. TERM AND TERMINATION
11.1 This Agreement runs for two Subscription Years and ends automatically at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new agreement.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. On termination for the Vendor's breach, the Vendor refunds the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES
12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

13. GENERAL
13.1 This Agreement and its Annexes are the entire agreement between the parties. Amendments must be in writing and signed by both parties.
13.2 Notices shall be given in writing to the addresses stated above, with a copy by email to each party's named contact. A notice by email is received when sent during business hours of the recipient.
13.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.
13.4 Each party shall comply with applicable anti-bribery laws and with the export control and sanctions rules that apply to it in performing this Agreement.
13.5 This Agreement is made in two originals in English, one for each party.

SIGNED for the Customer: ____________________
SIGNED for the Vendor: ____________________
"""

# ---------------------------------------------------------------- files and labels
FILES = {
    "z01": ("h748z01_county_farmland_patrol_platform", "pdf", Z01, "zh", "software"),
    "z02": ("h748z02_cotton_shoe_line_control_retrofit", "docx", Z02, "zh", "hardware"),
    "z03": ("h748z03_cupping_chain_booking_saas", "txt", Z03, "zh", "cloud"),
    "z04": ("h748z04_union_spa_sanatorium_system_om", "txt", Z04, "zh", "services"),
    "z05": ("h748z05_tiger_shoe_tracking_supplier_template", "md", Z05, "zh", "software"),
    "e01": ("h748e01_cement_cmms_licence_thies_vendor", "pdf", E01, "en", "software"),
    "e02": ("h748e02_peanut_trace_saas_order_form", "md", E02, "en", "cloud"),
    "e03": ("h748e03_grain_storage_sensors_monitoring", "docx", E03, "en", "hardware"),
    "e04": ("h748e04_solar_managed_it_services_36m", "md", E04, "en", "services"),
    "e05": ("h748e05_fisheries_data_api_subscription", "txt", E05, "en", "cloud"),
}

G, S = "goods_or_licence", "service"
# terms in API order: avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law, kind
T = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
    "z02": (None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, True, "PRC", G),
    "z03": (99.6, 0.5, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, True, True, False, "PRC", S),
    "z04": (None, 0.25, True, "buyer", True, False, True, 0.2, None, None, True, None, None, None, False, False, False, "PRC", S),
    "z05": (None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None, False, True, None, None, G),
    "e01": (None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False, "Senegal", G),
    "e02": (99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, False, True, True, "PRC", S),
    "e03": (None, 2, True, "buyer", True, True, True, 0.08, 200, 25, True, True, 36, 8, False, True, False, "PRC", G),
    "e04": (None, 0.25, True, "buyer", False, True, True, 2000 / 2180000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S),
    "e05": (99.95, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
X = {
    "z01": (True, True, True, False, 1534000), "z02": (True, True, True, False, 1286000),
    "z03": (True, True, None, False, 722000), "z04": (True, True, None, False, 386000),
    "z05": (False, True, False, True, 547000), "e01": (True, True, True, False, 1736000),
    "e02": (True, False, None, False, 684000), "e03": (True, True, True, False, 1314000),
    "e04": (True, True, None, False, 2180000), "e05": (True, True, None, False, 692000),
}
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal); forum outside mainland
TCO_BASE = {"z01": 680000, "z02": 1085800, "z05": 286000, "e01": 1180000, "e03": 1118000}
FORUM_ABROAD = {"e01"}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-OWNERSHIP", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "e03": "low", "e01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e02": "high", "e04": "high", "e05": "medium"}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when the fee is not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3, applied to the labels."""
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
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_ABROAD:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    stem, ext, _, lang, cat = FILES[key]
    t = dict(zip(KEYS, T[key]))
    sla, ld, capped, deemed, cv = X[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(key, t, x)
    return {"file": f"{stem}.{ext}", "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- thresholds (policy §3) as text
THRESH_RE = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)", r"(?<![\d.])4\s*(?:小时|个小时|hours?\b|-hour|h\b)", r"四小时", r"four[- ]hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])30\s*(?:%|％|percent|per cent)", r"百分之三十(?![一二三四五六七八九])", r"thirty per\s?cent",
    r"(?<![\d.])40\s*(?:%|％|percent|per cent)", r"百分之四十(?![一二三四五六七八九])", r"forty per\s?cent",
    r"(?<![\d.])15\s*(?:%|％|percent|per cent)", r"百分之十五", r"fifteen per\s?cent",
    r"(?<![\d.])100\s*(?:%|％|percent|per cent)", r"百分之(?:一)?百", r"one hundred per\s?cent",
    r"(?<![\d.])12\s*(?:个月|個月|months?\b|-month)", r"十二个月", r"twelve[- ]months?", r"\bone year\b",
    r"(?<![第每])一年", r"壹年",
]]
MUST_HIT = ["可用率99.9%", "4小时内响应", "within 4 hours", "四小时", "0.05% per day", "万分之五", "30%", "百分之三十",
            "40 %", "15%", "100%", "百分之百", "12个月", "十二个月", "12 months", "a 12-month term", "one year",
            "质保一年", "four hours", "fifteen percent"]
MUST_MISS = ["99.95%", "99.99%", "24小时", "24 hours", "14小时", "0.055%", "10.05", "130%", "0.15%", "115%", "1100%",
             "112 months", "第一年", "每一年", "7×24小时", "万分之五十", "2,400"]


def scan(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), s
    for s in MUST_MISS:
        assert not scan(s), (s, scan(s))
    sources, targets = {}, {}
    for key, (stem, ext, src, lang, cat) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (f"{stem}.{ext}", ext)
        else:
            (OUT / f"{stem}.{ext}").write_text(src, encoding="utf-8")
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (stem, ext, src, lang, cat) in FILES.items():
        lab = label(key)
        (OUT / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / f"{stem}.{ext}")
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok_len = lo <= n <= hi
        hits = scan(text) + scan(re.sub(r"\s+", " ", text)) + scan(re.sub(r"\s", "", text))
        rules = lab["expected_rules"]
        covered |= set(rules)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))
        t, x = lab["expected_terms"], lab["expected_extra"]
        vals = [t["availability_pct"] == 99.9, t["p1_response_hours"] == 4, t["ld_rate_per_day_pct"] == 0.05,
                t["liability_cap_pct"] == 100, t["prepayment_pct"] == 30, t["warranty_months"] == 12,
                t["post_warranty_fee_pct"] == 15]
        share = tco_share(key, t, x)
        near = share is not None and abs(share - 40) <= 2
        print(f"{key} {stem}.{ext}: {n} {'ok' if ok_len else 'OUT OF RANGE'}; rules {rules}; risk {risk}; "
              f"tco {None if share is None else round(share, 2)}; threshold hits {hits}")
        if not ok_len:
            problems.append(f"{key} length {n}")
        if hits:
            problems.append(f"{key} threshold text {hits}")
        if any(vals) or near:
            problems.append(f"{key} value on threshold")
        if rules != sorted(DESIGN[key]):
            problems.append(f"{key} rules {rules} != design {sorted(DESIGN[key])}")
        if risk != RISK[key]:
            problems.append(f"{key} risk {risk} != {RISK[key]}")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(f"rules never fired: {sorted(missing)}")
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
