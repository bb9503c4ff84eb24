"""holdout767: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for the .docx and .pdf files)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:农村集体"三资"监管平台建设项目采购合同
P:合同编号：LXNY-ZFCG-2025-017
P:采购人（甲方）：临溪县农业农村局
P:供应商（乙方）：江州数农信息技术有限公司
P:本项目经临溪县公共资源交易中心公开招标，乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设农村集体资金、资产、资源（以下简称"三资"）监管平台，覆盖全县14个乡镇、213个村集体经济组织，包括：平台软件许可（永久使用）；三资台账、合同管理、资产资源交易、银农直连支付接口和预警监督等定制开发；历史账务数据迁移；系统部署实施和人员培训。
P:1.2 详细功能及性能要求以招标文件第五章"采购需求"及乙方投标文件的技术响应为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零壹万元整（¥2,010,000.00），含税，包括：平台软件许可费¥1,180,000；定制开发费¥640,000；数据迁移及实施费¥156,000；培训费¥34,000。
P:2.2 合同总价为固定价格，已包含乙方完成本项目所需的全部费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥402,000。
P:3.2 系统上线并通过初验后，甲方支付合同总价的45%，即¥904,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥703,500。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后90日内完成平台部署及定制功能开发并申请初验，在初验通过后试运行60日，试运行期满后15日内申请最终验收。
P:4.2 乙方应派驻不少于6人的实施团队，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
P:4.3 历史账务数据迁移须覆盖2019年以来的全部会计凭证、资产卡片和合同档案，迁移前后数据逐项核对，差异应在初验前全部处理完毕。
P:4.4 乙方应对甲方及乡镇农经站操作人员开展集中培训不少于3期，每期不少于2天，并为每个乡镇提供驻点指导不少于1日，确保操作人员能够独立完成记账、审批和查询。
P:4.5 乙方应制定数据迁移方案和系统切换方案，经甲方书面确认后实施；切换期间原系统保持可用，切换失败的应能在当日回退。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；迁移数据与原系统逐项核对一致；银农直连接口完成真实资金往来测试且无差错；500个并发用户下常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的安全测评报告无高风险项；平台各乡镇、村级账户全部开通使用；乙方提交完整的技术文档、源代码及操作手册。
P:5.3 验收由甲方组织，可邀请财政、审计部门及专家参加，双方在验收报告上签字。系统上线、试运行或甲方使用均不视为验收合格，乙方不得以此主张验收通过。
P:5.4 验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、故障处理和每季度一次的现场巡检。
P:6.2 服务响应：一级故障（平台整体不可用或资金支付中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在2个工作日内答复。
P:6.3 乙方未按上述时限响应或恢复的，每超出1小时按人民币1,000元向甲方支付违约金，甲方可从应付款中直接扣除。
P:6.4 质保期满后，如甲方继续委托乙方维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），且自质保期满起三年内不得上调。维护合同另行签订，不自动续期。
P:6.5 质保期内乙方每年向甲方提交一次运行分析报告，内容包括故障统计、性能指标和安全加固建议；国家或省级三资管理政策调整的，乙方应在两个月内完成相应功能的适配，不另收费。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为临溪县各级农业农村管理部门及村集体经济组织。
P:7.2 乙方为本项目定制开发的功能模块、接口程序、数据库脚本及相关文档的知识产权归甲方所有，乙方应在最终验收前交付全部源代码，甲方可自行或委托第三方修改和使用。
P:7.3 乙方保证所提供的软件和服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的全部业务数据，包括村集体账务、资产资源信息、合同及农户个人信息，均属于甲方所有。乙方不得将其用于本合同以外的任何目的，不得向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级的要求部署平台，落实访问控制、加密存储和操作日志审计。乙方人员仅能经甲方审批的堡垒机账号访问生产环境，不得将任何数据拷贝出甲方机房。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、财务信息和个人信息负有保密义务，不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的人员签订保密协议，人员违反保密义务的，由乙方承担责任。
P:9.3 乙方在项目结束或人员更换时，应回收其人员持有的全部资料，并向甲方书面报告处理情况。
H:第十条 分包
P:本项目不允许分包或转包。乙方将本合同项下的任何工作交由第三方完成的，甲方有权解除合同。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的期限完成交付或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项，并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.4 违约金不足以弥补甲方损失的，乙方应补足差额。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：严重违反合同约定，经甲方书面催告后15日内仍未纠正；违反本合同第八条、第九条、第十条；交付逾期超过60日。
P:12.2 合同解除后，乙方应在10日内移交已完成的工作成果及全部数据，并按甲方要求删除其持有的数据副本。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临溪县农业农村局    乙方（盖章）：江州数农信息技术有限公司
P:签订日期：2025年  月  日
"""

Z02 = """T:弯管及喷塑生产线控制系统改造合同
P:合同编号：HJ-GZ-2025-06
P:甲方（买方）：佛山市南海区鑫艺花架制造有限公司
P:乙方（卖方）：广东恒驰工业自动化有限公司
P:甲方花架生产车间现有两台数控弯管机和一条静电粉末喷涂线，控制系统老化、故障频繁。经比选，甲方委托乙方实施控制系统改造，提供设备、软件及维保服务。双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 弯管工段：更换两台弯管机的PLC控制柜、伺服驱动及人机界面，实现弯管角度、送料长度的程序化设定和配方调用。
P:1.2 喷涂工段：更换前处理、固化炉温度控制柜及悬挂输送链调速系统，增加炉温多点监测和粉房风量监测。
P:1.3 产线监控软件：部署乙方产线监控软件，采集两个工段的设备状态、产量、炉温曲线和报警信息，并与甲方现有ERP系统对接工单数据。
P:1.4 乙方负责拆除旧控制柜、安装新设备、编程调试及操作人员培训。
P:1.5 拆除的旧控制柜、变频器及线缆归甲方所有，由乙方清点登记后移交甲方仓库，乙方不得擅自处置。
P:1.6 改造后的控制系统应保留原有安全联锁功能，并增加弯管机急停回路和喷粉房火焰探测联锁，满足粉尘防爆相关安全要求。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），含13%增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|弯管机PLC控制柜及伺服系统|2套|486,000
TB:2|喷涂线温控及输送控制柜|1套|352,000
TB:3|工业触摸屏、炉温及风量传感器|1批|128,000
TB:4|产线监控软件许可（永久）|1套|196,000
TB:|软硬件小计||1,162,000
TB:5|安装调试及程序编制|1项|138,000
TB:6|操作及维护培训|1项|20,000
TB:|合计||1,320,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同生效后7个工作日内，甲方支付合同总价的20%作为预付款，即¥264,000。
P:3.2 全部设备到货并完成安装，经双方签认到货安装单后，甲方支付合同总价的45%，即¥594,000。到货安装单仅确认数量及安装情况，不视为验收。
P:3.3 改造系统通过最终验收后15日内，甲方支付合同总价的35%，即¥462,000。
P:3.4 乙方应在每期付款前向甲方开具等额的增值税专用发票，发票不合格的，甲方付款期限相应顺延。甲方以银行转账方式付款至乙方在本合同载明的账户。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后45日内完成设备到货，并在甲方安排的停产检修窗口内完成两个工段的切换，每个工段停产时间不超过5天。
P:4.4 乙方应在切换前对甲方两班操作工、班组长及设备维修人员进行培训，内容包括触摸屏操作、配方管理、常见报警处理和日常点检，培训结束后进行实操考核，考核合格人员名单由双方签字确认。
P:4.5 乙方应在交付时提供电气原理图、接线图、设备清单、备件清单、操作手册和维护手册各两套，并提供电子版。
P:4.2 乙方应提前10日提交切换方案，包括旧系统拆除、接线、程序下载、空载及带料试车步骤和回退措施，经甲方生产部确认后实施。
P:4.3 如乙方不能按期到货或完成安装，应提前书面说明原因，双方协商调整交付计划。
H:第五条 验收
P:5.1 验收标准：弯管角度重复精度在±0.3°以内；配方切换时间不超过2分钟；固化炉温度波动在设定值±3℃以内；输送链调速稳定无抖动；监控软件数据采集完整、报警准确，与ERP工单数据一致；连续带料生产10个班次无停线故障。
P:5.2 乙方完成调试后书面申请验收，甲方在7个工作日内组织验收并出具验收报告。验收不合格的，乙方应在10日内整改后重新申请验收，费用由乙方承担。
P:5.3 验收前，乙方应提交调试记录、炉温曲线测试记录及与ERP工单数据的核对表，作为验收资料。
P:5.4 设备到货、安装、试车或投入生产使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修复。
P:6.2 故障响应：一级故障（任一工段停线）乙方应在1小时内电话响应，8小时内到达现场；二级故障（单台设备功能受限）24小时内到达现场；三级问题2个工作日内处理。
P:6.3 乙方未按时到达现场的，每超出1小时扣减人民币500元，从甲方应付款或质保服务费中扣除。
P:6.4 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费不超过软硬件小计的7%（即每年不超过¥81,340），质保期满后三年内不上调。
P:6.5 乙方应为改造所用PLC、伺服及传感器等关键部件提供不少于八年的备件供应，停产部件应提前六个月书面通知甲方并提供替代方案。
P:6.6 质保期内乙方每半年对控制柜、传感器和软件进行一次巡检，清理散热风扇和滤网，校准炉温传感器，并向甲方提交巡检报告。
H:第七条 知识产权
P:7.1 监控软件的知识产权归乙方所有，甲方在本厂范围内永久使用。
P:7.2 乙方为本项目编写的PLC程序、触摸屏画面、工艺配方模板及ERP对接程序归甲方所有，乙方应在验收时交付全部程序源文件及注释，甲方可自行修改或委托他人修改。
H:第八条 数据安全
P:8.1 监控软件采集的生产数据、工艺参数及配方均属于甲方，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方每次书面批准，通过甲方指定的VPN账号接入，操作全程记录；乙方不得保存甲方数据副本。
P:8.3 因乙方原因导致甲方数据泄露、丢失或生产程序被篡改的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:第九条 保密
P:乙方对在本合同履行中知悉的甲方产品结构、工艺参数、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内有效。
H:第十条 分包
P:乙方可将电气安装、布线等现场施工工作委托给具备相应资质的第三方，但应在施工前书面通知甲方，并对第三方的施工质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方提供的设备或软件不符合约定的，应无偿更换或整改；整改后仍不符合约定的，甲方有权退货。
P:11.2 乙方人员在施工中损坏甲方设备、模具或产品的，应负责修复或按实际损失赔偿。
P:11.3 甲方逾期付款的，应按逾期金额每日万分之三向乙方支付利息。
H:第十二条 合同解除
P:乙方严重违反合同约定，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 安全生产
P:乙方现场人员应遵守甲方的安全生产和动火作业制度，因乙方原因发生安全事故的，由乙方承担责任。乙方进场前应提交施工人员名单、特种作业证书和施工安全方案，动火、登高及带电作业须办理甲方作业票。施工结束后，乙方应清理现场，恢复地面和桥架。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:第十五条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同附件包括改造技术方案、设备清单和切换方案，附件为本合同不可分割的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """连锁柔术馆预约及会员管理SaaS服务合同

合同编号：RS-SaaS-2025-0311
甲方：上海力源巴西柔术健身管理有限公司
乙方：杭州约课云网络科技有限公司

甲方在全国经营35家巴西柔术馆，为统一课程预约、会员卡管理、带级考核记录和门店收银，甲方向乙方订购"约课云"连锁场馆管理SaaS服务及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方通过其云平台为甲方35家门店开通连锁版账号，功能包括课程排期与预约、会员卡及课包管理、带级与考核记录、教练排班与课时统计、门店收银、微信小程序会员端、经营报表。
（二）实施服务：
1. 从甲方现有三套收银及会员系统迁移会员档案、剩余课时、卡项余额和带级记录；
2. 按甲方品牌要求配置小程序页面、课程体系和价格体系；
3. 对接甲方门店闸机和人脸识别门禁，实现预约会员刷脸入场；
4. 对总部及门店人员进行培训。
（三）服务期为两个服务年度，自双方签署上线验收单之日起计算。
（四）乙方应为甲方指定一名客户成功经理和一名实施项目经理，负责需求对接、进度管理和问题协调；实施期间项目经理不得更换。服务期内乙方对平台的功能升级免费提供给甲方使用。

二、费用及支付
（一）费用明细：
1. 订阅服务费：每家门店每个服务年度人民币9,600元，35家门店每个服务年度合计人民币336,000元，两个服务年度合计人民币672,000元；
2. 实施服务费：人民币86,000元；
3. 培训费：人民币12,000元。
合同总价为人民币770,000元（含6%增值税）。
（二）实施服务费和培训费在上线验收后15个工作日内一次性支付。
（三）每个服务年度的订阅服务费，在该服务年度开始后15个工作日内支付。
（四）服务期内甲方新增门店的，按每店每个服务年度9,600元按剩余月份折算；关闭门店的，自次月起相应减少订阅费。
（五）乙方应在收款前开具增值税专用发票。
（六）除本合同约定的费用外，乙方不得以短信、存储空间或接口调用等名义另行收取费用。

三、实施与验收
（一）乙方应在合同签订后50日内完成数据迁移、系统配置和门禁对接，并书面申请上线验收。
（二）上线验收标准：
1. 迁移的会员档案、剩余课时和卡项余额与原系统逐条核对一致，差异为零；
2. 35家门店均能正常排课、预约、签到、收银，小程序会员端可正常约课和支付；
3. 门禁对接后刷脸入场识别时间不超过1秒，未预约会员不能入场；
4. 在500名会员同时预约的压力测试下，预约操作响应时间不超过2秒。
（三）甲方在收到申请后7个工作日内组织验收，合格的双方签署上线验收单；不合格的，乙方应在10日内整改并重新申请验收。甲方门店试用系统不视为验收合格。
（四）乙方应在合同签订后5个工作日内提交实施计划，明确数据迁移、配置、门禁对接、培训和上线切换的时间节点，经甲方确认后执行。门店切换应分批进行，每批不超过10家，切换当日乙方应安排人员驻店支持。
（五）乙方应为总部运营、财务人员和各门店店长、前台分别组织培训，培训不少于6场，并提供操作视频和图文手册。

四、服务水平
（一）乙方应提供7×24小时服务热线和在线工单。
（二）故障分级及响应：
1. 一级故障：全部或多数门店无法预约、签到或收银，乙方应在6小时内响应并开始处理；
2. 二级故障：单个门店或单项功能无法使用，乙方应在8小时内响应，2个工作日内解决；
3. 三级问题：咨询及一般性问题，2个工作日内答复。
（三）乙方未按上述时限响应的，每发生一次，甲方可扣减当月订阅服务费的2%；一级故障持续超过24小时的，每超出一天扣减当月订阅服务费的5%。扣减总额以当月订阅服务费为限。
（四）乙方进行系统升级或计划维护，应安排在凌晨1点至6点之间，并提前3日通知甲方。
（五）乙方应每日对甲方数据进行全量备份，备份数据保留不少于30日并异地存放，数据恢复时间不超过6小时。
（六）乙方每月5日前向甲方提交上月服务报告，内容包括故障记录、响应时长、工单处理情况和系统运行数据。

五、数据及个人信息
（一）甲方及其会员在平台上产生的全部数据，包括会员姓名、手机号、人脸照片、课时和消费记录，均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》和网络安全等级保护第三级的要求保护数据，对人脸照片和手机号加密存储，设置访问权限并保留操作日志。
（三）发生数据泄露或安全事件的，乙方应在24小时内通知甲方，采取补救措施，配合甲方履行通知和报告义务，并承担因此给甲方造成的损失。
（四）服务期满或合同解除后30日内，乙方应按甲方要求导出并交付全部数据，随后彻底删除，并出具删除证明。
（五）乙方不得将甲方会员数据用于向会员推送乙方或第三方的广告，不得在小程序会员端展示与甲方无关的商业推广内容。

六、保密
双方对在合作中知悉的对方商业秘密、经营数据和会员信息负有保密义务。未经对方书面同意，不得向任何第三方披露。本条在合同终止后两年内继续有效。

七、知识产权
（一）约课云平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面、品牌素材配置、门禁对接程序和定制报表归甲方所有，甲方可自行修改使用或委托第三方开发。
（三）乙方保证平台及其服务不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担责任。

八、违约责任
（一）乙方未能在本合同第三条第（一）项约定的期限内申请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第五条、第六条的，应赔偿甲方全部损失。
（三）甲方逾期支付费用的，每逾期一日按未付金额的万分之二支付违约金。
（四）违约金不足以弥补损失的，违约方应补足。

九、续期
服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期年度的订阅服务费由乙方根据市场情况调整，乙方于续期前15日通知甲方，甲方未提出异议的视为同意。

十、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

十一、合同解除
（一）一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权书面通知解除合同。
（二）因乙方原因导致系统连续中断超过72小时的，甲方有权解除合同，乙方应退还未履行期间的订阅服务费。
（三）合同解除或终止的，乙方应在30日内配合甲方完成数据迁出，在迁出完成前保持系统可用，不得以费用争议为由停止服务或删除数据。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
本合同附件包括门店清单、功能清单和实施计划，与本合同具有同等效力。合同履行中的通知以书面形式送达本合同首部地址，或发送至双方指定的电子邮箱。本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """放疗计划系统年度运维服务合同

项目编号：ZLYY-CS-2025-042（竞争性磋商）
甲方：江南省肿瘤医院
乙方：南京博医信息工程有限公司

甲方通过竞争性磋商方式采购放疗科放疗计划系统年度运维服务，乙方为成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方订立本合同。

第一条 服务范围
（一）运维对象：甲方放疗科在用的放疗计划系统，包括计划服务器2台、计划工作站14台、数据库服务器1台、存储阵列1套，计划软件、自动勾画软件、剂量验证软件及其与加速器、CT模拟定位机、医院信息系统之间的接口。
（二）服务内容：
1. 日常运维：系统运行监控、数据库维护、存储容量管理、账号与权限维护、日志检查；
2. 故障处理：软硬件故障的诊断、排除和恢复，必要时协调原厂技术支持；
3. 预防性维护：每季度一次现场巡检，包括服务器及工作站硬件检查、数据库性能优化、备份有效性验证和接口连通性测试；
4. 版本管理：在原厂发布补丁后评估并实施软件补丁，升级前提交升级方案及回退方案，经甲方物理师组确认后实施；
5. 数据备份：每日增量备份、每周全量备份，每月进行一次恢复演练；
6. 培训：每半年为甲方物理师和技师提供一次系统使用与维护培训；
7. 应急支持：配合甲方开展放疗信息系统应急预案演练，每年不少于一次。
（三）服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
（四）服务期开始后10个工作日内，乙方应完成系统现状评估，核对软硬件清单、软件版本、授权数量和接口配置，形成评估报告及本年度运维计划，经甲方确认后执行。

第二条 服务费用及支付
（一）本合同年度运维服务费为人民币肆拾陆万捌仟元整（¥468,000），含税，包括人工、差旅、工具、备件（单价在2,000元以下的易损件）及原厂技术支持协调费用。
（二）服务费按季度支付，每季度¥117,000。每季度结束后，甲方根据季度服务考核结果在15个工作日内支付该季度服务费；考核扣减的金额从当季服务费中扣除。
（三）本合同不设预付款。单价在2,000元及以上的备件由乙方报价，经甲方审批后另行采购。
（四）乙方应在每季度付款前开具增值税发票，发票信息有误的，甲方付款时间相应顺延。

第三条 服务人员
（一）乙方应指派1名驻场工程师，工作日8:00至17:30在甲方放疗科驻场服务；驻场工程师应具有同类放疗计划系统运维经验两年以上，并经原厂培训认证。
（二）乙方另设二线技术支持组，负责远程支持及复杂故障处理。
（三）乙方更换驻场工程师须提前15日书面通知甲方，并安排不少于5个工作日的交接。
（四）驻场工程师应每日记录工作日志，填写系统运行检查表，下班前向甲方放疗科设备管理员报告当日运行情况。驻场工程师请假的，乙方应安排同等资质人员替岗。

第四条 服务水平
（一）故障分级：
一级故障：计划系统无法完成放疗计划设计、计划传输至加速器中断，或数据库无法访问，影响当日患者治疗；
二级故障：部分工作站或单一功能不可用，但不影响当日治疗；
三级问题：一般性咨询及不影响使用的缺陷。
（二）响应及恢复时限：一级故障30分钟内响应，1小时内到场，6小时内恢复；二级故障1小时内响应，当日解决；三级问题2个工作日内解决。
（三）季度服务考核：一级故障响应或恢复超时的，每次扣减当季服务费的3%；二级故障超时的，每次扣减1%；巡检、备份或恢复演练未按计划完成的，每项扣减2%。单季扣减总额以当季服务费的一半为限。
（四）乙方应建立运维台账，每月向甲方提交运维报告，内容包括故障处理记录、巡检结果、备份及恢复演练情况和改进建议。
（五）春节、国庆等长假期间，乙方应安排工程师值班并保持电话畅通，假期前完成一次全面检查；甲方安排加班治疗的，乙方应同步提供现场保障。

第五条 验收
（一）每季度末，甲方依据本合同第四条及运维台账进行季度考核，出具考核意见。
（二）服务期满后15个工作日内，甲方组织年度验收。验收标准：全年一级故障均在约定时限内恢复；季度巡检和月度恢复演练全部完成并有记录；运维文档（系统拓扑、配置清单、账号清单、故障处理手册）完整并移交甲方。
（三）年度验收不合格的，乙方应在15日内整改，整改后仍不合格的，甲方可扣减最后一季度服务费的10%。
（四）年度验收合格后，乙方应将运维台账、评估报告和全部运维文档的电子版及纸质版移交甲方。

第六条 数据
放疗计划系统中的患者影像、勾画结构、计划及剂量数据均属于甲方，乙方不得将上述数据用于本合同以外的任何目的，不得向任何第三方提供。

第七条 保密
（一）乙方及其人员对在服务中知悉的患者信息、医疗数据和甲方内部管理信息负有保密义务，未经甲方书面同意，不得以任何方式向第三方披露。
（二）乙方应与驻场工程师及二线支持人员签订保密承诺书，并交甲方备案。
（三）本条义务不因合同终止而解除。

第八条 知识产权
乙方在服务过程中为甲方编写的运维脚本、配置文档、故障处理手册及培训材料归甲方所有，甲方可自由使用和修改。乙方保证其提供的服务及工具不侵犯第三方知识产权。

第九条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。原厂技术支持由乙方协调，不视为分包，但乙方对原厂工程师的现场行为负责。

第十条 违约责任
（一）乙方未按计划完成季度巡检或年度补丁实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方操作失误导致放疗计划错误或治疗延误的，乙方应立即采取补救措施，并赔偿甲方因此遭受的损失。
（三）甲方逾期支付服务费的，按逾期金额每日万分之二支付违约金。
（四）违约金不足以弥补甲方损失的，乙方应予补足。

第十一条 合同的变更与终止
（一）服务期内，任何一方不得单方解除本合同。
（二）乙方未达到本合同约定的服务水平的，甲方按第四条第（三）项扣减服务费，并可要求乙方限期整改、更换驻场工程师；乙方应继续履行本合同至服务期满。
（三）服务期满，本合同自然终止，不自动续期。甲方如需继续采购运维服务，应另行组织采购。

第十二条 其他约定
（一）乙方人员进入甲方放疗区域应遵守甲方辐射安全防护、院感管理和医疗设备管理制度。
（二）乙方进行可能影响临床使用的操作，应安排在治疗结束后或节假日进行，并提前2个工作日书面报甲方放疗科批准。
（三）涉及计划系统与加速器之间数据传输的任何变更，乙方应配合甲方物理师完成变更后的端到端剂量验证，验证通过后方可恢复临床使用。
（四）乙方应配合甲方接受卫生健康行政部门、放射卫生监督机构和医院内部审计的检查，按要求提供运维记录。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。争议期间，双方应继续履行合同中不存在争议的部分。

第十四条 合同生效
本合同经双方签字盖章后生效。本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：江南省肿瘤医院          乙方（盖章）：南京博医信息工程有限公司
"""

Z05 = """# 木作坊生产追溯管理系统软件许可及定制开发合同

**（匠链科技标准合同文本 V3.0）**

合同编号：JL-HT-2025-0527

甲方（买方）：湖州南浔亭韵园林木作有限公司

乙方（卖方）：杭州匠链科技有限公司

甲方主要从事木质凉亭、廊架的木作加工及防腐染色，现向乙方购买"匠链木作生产追溯管理系统"软件许可及定制开发服务。本合同为乙方标准合同文本，经双方确认后签署。

## 第一条 合同标的

1.1 乙方向甲方提供匠链木作生产追溯管理系统（标准版）软件许可，含原木入库、板材烘干、开料、榫卯加工、打磨、防腐染色、组装预拼、包装发货等工序的批次追溯功能。

1.2 乙方根据甲方需求进行定制开发，包括：染色工序配方及色差记录模块、烘干窑含水率采集接口、工位扫码报工小程序、客户订单与构件二维码关联、追溯报表。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统支持PC端和移动端，PC端用于生产计划、仓储和报表管理，移动端用于工位报工、质检记录和发货扫码。标准版功能以乙方产品说明书为准，定制开发内容以双方确认的需求说明书为准。

1.5 软件许可仅限于甲方在湖州南浔的生产基地使用，用户数超过20个的，按乙方报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（标准版，永久许可，20个用户） | 420,000 |
| 2 | 定制开发费 | 180,000 |
| 3 | 实施部署及培训费 | 48,000 |
| | 合计 | 648,000 |

合同总价为人民币陆拾肆万捌仟元整（¥648,000），含税。价款不含服务器、网络设备及第三方数据库软件。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥421,200。乙方收到该笔款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥226,800。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方收到款项后向甲方开具增值税专用发票。

## 第四条 交付与实施

4.1 乙方应在收到首期款后60日内完成系统部署和定制开发，具备上线条件。

4.2 甲方应按乙方要求提供服务器、网络环境、扫码枪、工位平板及基础数据，并指派专人配合。因甲方原因造成的延误，交付期限相应顺延。

4.3 乙方负责对甲方管理人员及各工序班组长进行操作培训，培训总时长不少于16学时。

4.4 乙方应在合同生效后10个工作日内完成需求调研并提交需求说明书，甲方应在5个工作日内确认；甲方确认后提出的需求变更，乙方有权另行收费并相应顺延交付期限。

4.5 基础数据初始化包括物料编码、构件编码、工序及工位、染色配方模板和客户档案，由甲方按乙方提供的模板整理，乙方负责导入。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对系统功能有异议的，应在上线后5日内书面提出，乙方根据情况予以处理；逾期未提出的，视为甲方对系统无异议。

## 第六条 免费维护

6.1 系统上线之日起六个月内为免费维护期，乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级故障（系统无法登录或扫码报工全部中断）乙方应在2小时内响应；二级故障在1个工作日内响应；三级问题在3个工作日内答复。

6.3 乙方将尽力在合理时间内排除故障。因故障造成的停工或损失，乙方不承担扣款、赔偿或违约金责任。

6.4 免费维护期内，因甲方人员误操作、擅自修改配置或服务器、网络故障引起的问题，不属于免费维护范围，乙方可按人天单价收费。

## 第七条 有偿维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥117,600，按年预付。

7.2 年度维护服务包括远程技术支持、缺陷修复和标准版软件版本升级。现场服务按乙方人天单价另行收费。

7.3 年度维护服务按年签订，甲方未续购维护服务的，乙方不再提供任何技术支持。

7.4 乙方人天单价为每人天人民币2,800元，现场服务的差旅费用由甲方承担。

## 第八条 知识产权

8.1 匠链木作生产追溯管理系统的著作权及相关知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、接口、小程序、报表及其源代码、文档的知识产权均归乙方所有。甲方在本企业范围内享有非独占、不可转让的使用权，不得修改、反编译或交由第三方使用，亦不得将软件用于其关联公司或其他工厂。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 乙方应采取访问控制、数据加密及定期备份等安全措施保护甲方数据。发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方依法承担相应责任。

9.3 甲方同意，乙方可对系统中的生产工艺数据、染色配方及工时数据进行脱敏处理后，用于乙方产品改进、行业分析及为其他客户提供工艺参考，该等使用不受合同期限限制。

9.4 合同终止后，甲方可书面申请导出其业务数据，乙方按人天单价收取导出服务费用。

## 第十条 保密

双方对在合同履行中知悉的对方技术秘密和商业信息负有保密义务，未经对方书面同意不得向第三方披露，但本合同第九条第9.3款约定的使用除外。保密义务在合同终止后两年内有效。乙方可在其宣传材料和客户案例中使用甲方名称和标识。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限具备上线条件的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下承担的全部责任（包括违约金及赔偿）累计不超过合同总价的20%。乙方不承担甲方的停工损失、利润损失等任何间接损失，亦不对甲方依据系统数据作出的生产决策承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权书面通知解除合同。甲方解除合同的，乙方已完成部分的费用不予退还。乙方因甲方未按期付款解除合同的，甲方应支付全部合同价款。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。不可抗力包括自然灾害、疫情、政府行为、公共网络中断及第三方云服务故障等。

## 第十四条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，对本合同条款的任何修改须以双方签署的补充协议为准。

15.3 甲方在合同签署前已仔细阅读本合同全部条款，特别是第五条、第七条、第八条和第十一条，对其含义无异议。

15.4 双方的通知以书面形式送达或发送至本合同载明的电子邮箱，发出之日起3日视为送达。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

签订日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. AKH-SH-2025-09
P:This Agreement is made between Shaoxing Keqiao Huafang Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Buyer"), and Akhmim Textile Systems S.A.E., a joint stock company incorporated in the Arab Republic of Egypt with its registered office at Nasser Street, Sohag, Sohag Governorate, Egypt (the "Vendor").
P:The Vendor develops DyeMaster, a recipe and batch management system for dye houses. The Buyer wishes to acquire a perpetual licence to DyeMaster for its Keqiao plant, together with configuration, interface development, data migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DyeMaster application, version 7, including the recipe library, lab dip module, batch scheduling module, colour measurement module and reporting module, in object code, with its user and administrator documentation.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data migration scripts and other work product created by the Vendor specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all recipes, formulations, batch records, customer orders, colour measurements and other data entered into or generated by the Software at the Buyer's plant.
P:1.4 "Final Acceptance" means the written acceptance issued by the Buyer under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor shall supply the Software and perform the following services: installation on the Buyer's servers; configuration of the recipe library, dyeing machines and workflows; development of interfaces to the Buyer's ERP system, its automatic dye dispensing system and its spectrophotometers; migration of about 46,000 historical recipes and three years of batch records; and training of laboratory, production and IT staff.
P:2.2 The detailed requirements are set out in Schedule 1 (Functional Specification), which the parties have signed together with this Agreement.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for 60 named users at the Buyer's plants in mainland China, for the Buyer's own business.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer shall not resell the Software or reverse engineer it except as permitted by applicable law.
P:3.3 Title to the Software and all intellectual property rights in it remain with the Vendor.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,230,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 780,000; configuration and implementation CNY 265,000; interface development CNY 148,000; training CNY 37,000.
P:4.2 The Buyer shall pay the Contract Price in three instalments: 10% (CNY 123,000) within 15 days after signature of this Agreement against the Vendor's invoice; 55% (CNY 676,500) after installation of the Software and completion of the interfaces, confirmed in a signed installation record, which shall not constitute acceptance; and 35% (CNY 430,500) within 20 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account named by the Vendor. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and submit the system for acceptance testing within 120 days after signature.
P:5.2 Acceptance tests shall show that: (a) all functions in Schedule 1 work as specified; (b) migrated recipes and batch records reconcile fully with the legacy system, verified by sample checks on at least 2,000 records; (c) the interfaces with the ERP, dispensing system and spectrophotometers exchange data without error over 15 consecutive production days; and (d) recipe retrieval takes no more than 2 seconds with 60 concurrent users.
P:5.3 When the tests are passed, the Buyer shall issue a Final Acceptance certificate within 7 working days. If the tests fail, the Vendor shall correct the defects within 15 days and repeat the tests at its own cost. Installation, go-live or productive use of the Software shall not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to Schedule 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects, provide all new releases and give remote and on-site support free of charge.
P:6.2 Severity 1 incidents (the Software cannot be used for production dyeing, or recipe transfer to the dispensing system fails) shall be responded to within 1 hour and a workaround provided within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within 2 working days. Severity 3 requests shall be answered within 3 working days.
P:6.3 Support shall be given in English or Chinese through the Vendor's local partner office in Shanghai, and on-site support shall be provided at the Buyer's plant when remote support cannot resolve a Severity 1 incident.
P:6.4 For each hour by which the Vendor exceeds a response or workaround time in Article 6.2, the Vendor shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.5 After the Warranty Period, the Buyer may order annual support from the Vendor. The annual support fee shall be 9% of the Software licence fee (CNY 70,200 per year) and shall not be increased for three years after the end of the Warranty Period. Each support year shall be ordered separately; there is no automatic renewal.
H:Article 7 Intellectual Property in Custom Deliverables
P:7.1 All rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables no later than Final Acceptance.
P:7.2 The Buyer may use, modify and license the Custom Deliverables freely, including by engaging third parties. The Vendor may not reuse the Custom Deliverables for other customers.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall indemnify the Buyer against any claim of infringement.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Software shall be installed on the Buyer's servers in Shaoxing. The Vendor shall access the Buyer's systems only through the Buyer's VPN with accounts approved for each session, shall not copy Buyer Data outside the Buyer's systems, and shall comply with the Buyer's information security rules and applicable PRC data protection laws.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected breach of security affecting Buyer Data within 24 hours, cooperate in containing it, and be liable for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's recipes, formulations and customer information, and shall use it only for this Agreement.
P:9.2 These obligations survive for three years after the end of this Agreement, and for recipes and formulations without time limit.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed beyond 150 days after signature for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor's Shanghai partner office named in Schedule 2 is approved by signature of this Agreement. The Vendor remains responsible for all subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer, the Vendor shall refund the amounts paid for undelivered work and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Arab Republic of Egypt.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Cairo Regional Centre for International Commercial Arbitration. The seat of arbitration is Cairo and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Project Team and Partner Office), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party, and enters into force on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form MR-2025-0418 — RouteWorks Cold Chain Planner

**Provider:** RouteWorks for Logistics Software LLC, 14 Corniche El Nil Street, Minya, Minya Governorate, Egypt ("Provider")

**Customer:** Wuhan Jiangcheng Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B forms part of this Order Form. If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Service

RouteWorks Cold Chain Planner, a hosted software service for route planning, dispatch, delivery-slot booking and reefer temperature monitoring, Enterprise edition, for 160 named dispatcher and planner users and up to 420 vehicles, with the driver mobile application for up to 600 drivers. The service is hosted in Provider's hosting environment in mainland China operated by the hosting provider named in A6.

### A2. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years, starting on the date of the Onboarding Acceptance Certificate under A4 (the "Subscription Start Date").

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 160 users, 420 vehicles | 318,000 |
| Subscription fee, Subscription Year 2 | 160 users, 420 vehicles | 318,000 |
| Onboarding services (one-time) | fixed price | 44,000 |
| **Total fees for the Subscription Term** | | **680,000** |

All fees are in CNY and include VAT. Additional vehicles may be added at CNY 520 per vehicle per Subscription Year, prorated by month.

### A4. Onboarding

(a) Onboarding covers: configuration of Customer's depots, customer delivery windows and vehicle fleet; import of 8,600 delivery addresses and two years of order history; integration with Customer's warehouse management system and its reefer telematics boxes; and training of dispatchers, planners and drivers.

(b) Provider shall complete onboarding within 45 days after signature of this Order Form. The onboarding acceptance tests are: all depots, addresses and vehicles loaded and reconciled with Customer's master data; route plans for three sample days generated in less than 90 seconds each; temperature readings from all connected reefer units shown in the portal with a delay of less than 2 minutes; and orders flowing from the warehouse management system to the service without error for 10 consecutive working days.

(c) When the tests are passed, Customer shall sign an Onboarding Acceptance Certificate within 5 working days. Use of the service during onboarding does not constitute acceptance.

(d) If onboarding acceptance is delayed beyond the 45-day period for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after the Onboarding Acceptance Certificate is signed.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Customer shall pay each correct invoice within 30 days after receipt, by bank transfer in CNY.

### A6. Other Order Details

(a) Approved hosting provider: Hubei Yunchuang Data Centre Co., Ltd., Wuhan.

(b) Customer's project contact: Head of Transport Planning. Provider's project contact: Customer Success Manager, Greater China.

(c) This Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

## Part B — General Terms

### 1. Provision of the Service

1.1 Provider shall provide the service in accordance with this Order Form and the documentation, and shall keep the functions of the service materially the same during the Subscription Term.

1.2 Provider may update the service from time to time, provided that updates do not reduce its functions or security. Planned maintenance shall take place between 00:00 and 05:00 Beijing time, with at least three days' notice.

1.3 Provider shall provide support in Chinese and English through a web ticket portal and a hotline. Customer may name up to ten support contacts. Provider shall keep Customer informed of the progress of each open incident and provide a root-cause report for each Severity 1 incident within five working days.

### 2. Service Levels

2.1 Provider shall make the service available 99.5% of the time in each calendar month, excluding planned maintenance under 1.2.

2.2 Incidents are classified as Severity 1 (service unavailable, or route planning or temperature monitoring not working for all users), Severity 2 (a major function impaired for some users) and Severity 3 (other issues). Provider shall respond to Severity 1 incidents within 2 hours and to Severity 2 incidents within 8 hours, 24 hours a day, 7 days a week, and to Severity 3 issues within 2 working days.

2.3 If availability in a month falls below the level in 2.1, Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each full percentage point, or part of it, below that level, up to 25% of the monthly equivalent. Each late response to a Severity 1 incident gives a further credit of CNY 1,000.

2.4 Provider shall report availability and incident statistics monthly. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### 3. Customer Data

3.1 Customer Data means all data entered into the service by or for Customer, including orders, addresses, consignee contacts, driver details, vehicle positions and temperature records, and all outputs generated from it. Customer Data belongs to Customer.

3.2 Provider shall process Customer Data only to provide the service to Customer and for no other purpose. Provider shall not use Customer Data, in identifiable, de-identified or aggregated form, for product development, analytics for other customers or any other purpose.

3.3 Customer Data shall be stored only in mainland China. Provider shall keep it secure by encryption in transit and at rest, access control with multi-factor authentication, logging of administrative access, and daily backups; the hosting environment shall hold an MLPS level-3 record.

3.4 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take all necessary remedial steps, assist Customer with notices to authorities and data subjects, and bear the losses caused by incidents attributable to Provider or its hosting provider.

3.5 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it, and certify the deletion in writing.

3.6 Customer may, once a year and on reasonable notice, audit Provider's compliance with this section 3, or accept a current independent audit report instead.

### 4. Intellectual Property

4.1 Provider owns the service and its software.

4.2 The customer-specific configurations, report templates and the integration adapters developed for Customer's warehouse management system belong to Customer, which may use, modify and license them freely. Provider shall deliver their source code on request.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public information received under this Order Form and use it only for this Order Form. This obligation continues for three years after the Subscription Term ends.

### 6. Subcontracting

Provider shall not subcontract any part of the service without Customer's prior written consent, except to the hosting provider approved in A6. Provider is responsible for its subcontractors as for itself.

### 7. Term and Termination

7.1 This Order Form runs until the end of the Subscription Term.

7.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

7.3 On termination for Provider's breach, Provider shall refund the prepaid subscription fees for the remaining period.

7.4 On any termination or expiry, Provider shall continue to provide the service for up to 60 days at the same fees if Customer needs time to transfer to another system, and shall assist with the export of Customer Data.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, except for breach of section 3 or 5.

8.2 Provider's total liability under this Order Form shall not exceed the fees paid by Customer in the 6 months preceding the event giving rise to the claim.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

### 10. General

Notices shall be in writing and sent to the contacts in A6. Neither party may assign this Order Form without the other's written consent. This Order Form is signed in English in two originals.

### 11. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to limit the effects. Force majeure does not excuse Provider from its obligations to back up and restore Customer Data. If a force majeure event lasts more than 30 days, either party may terminate this Order Form by written notice, and Provider shall refund prepaid fees for the period after termination.

For Customer: ____________________ For Provider: ____________________
"""

E03 = """T:Supply Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. ZZGR-PUR-2025-113
P:Buyer: Henan Zhongyuan Grain Reserve Storage Co., Ltd., Jinshui District, Zhengzhou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Thebes Agritech Instruments Company, 22 Television Street, Luxor, Luxor Governorate, Egypt, acting through its representative office in Zhengzhou (the "Supplier").
P:The Buyer operates 36 steel and concrete grain silos at its Zhongmu depot. It has selected the Supplier through a competitive procurement to supply and install temperature, moisture and gas sensors and a monitoring software licence. This contract is on the Buyer's standard terms. The parties agree as follows.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, cables, gateways and accessories listed in clause 3.1.
P:1.2 "Software" means the Supplier's SiloWatch monitoring software, version 5, with its server, web and mobile components.
P:1.3 "Project Deliverables" means the site configuration, silo models, alarm rules, dashboards, reports and interface programs prepared by the Supplier for the Buyer, with their source files and documentation.
P:1.4 The contract documents are, in order of priority: this contract; Annex A (Technical Specification); Annex B (Installation Plan); and the Supplier's tender.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment in all 36 silos, install and configure the Software on the Buyer's servers, connect it to the Buyer's grain storage management system and its ventilation control system, and train the Buyer's staff.
P:2.2 The system shall measure grain temperature at every cable point every 30 minutes, moisture and carbon dioxide at the probe points every hour, and raise alarms for hot spots, rapid temperature rise and abnormal gas levels.
P:2.3 The Supplier shall appoint a project manager with experience of at least three similar grain storage projects, who shall be on site during installation and commissioning and shall not be replaced without the Buyer's consent.
H:3. Price
P:3.1 The Contract Price is CNY 1,940,000, inclusive of VAT, delivery to site, installation, commissioning, training and warranty services. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable sets|420 sets|1,650|693,000
TB:2|Wireless gateways with solar power units|36 units|8,500|306,000
TB:3|Moisture and CO2 probes|140 units|2,200|308,000
TB:4|SiloWatch monitoring software licence (perpetual, 36 silos)|1 lot|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,693,000
TB:5|Installation and cabling|1 lot|214,000|214,000
TB:6|Commissioning and training|1 lot|33,000|33,000
TB:|Contract Price|||1,940,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rates, taxes or other costs.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 194,000) within 15 working days after signature of this contract, against a bank guarantee of the same amount from the Supplier.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 1,067,000) after all Equipment has been delivered and installed, as confirmed in a signed installation record. The installation record confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 679,000) within 20 working days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice. Payments are made in CNY by bank transfer.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Zhongmu depot within 50 days after signature and complete installation within 40 days after delivery. Work inside silos shall be scheduled with the Buyer's warehouse team and shall not disturb the grain in storage.
P:5.2 The Supplier shall follow the Buyer's safety rules for work at height, confined spaces and fumigation areas. No person may enter a silo without the Buyer's work permit and gas testing.
P:5.3 Delivery shall include the installation plan, wiring diagrams, a sensor location map for each silo, calibration certificates and operating manuals in Chinese.
P:5.4 The Supplier shall train at least 20 of the Buyer's storage keepers, technicians and IT staff in operation, alarm handling, routine checks and basic troubleshooting, and shall provide training materials in Chinese.
H:6. Acceptance
P:6.1 After installation and commissioning, the system shall run for 30 days as a trial run.
P:6.2 Final Acceptance requires that: (a) every installed sensor point reports data to the Software; (b) temperature readings agree with the Buyer's reference thermometer within 0.5 degrees Celsius at the sample points chosen by the Buyer; (c) moisture readings agree with laboratory tests within 1 percentage point on the sampled silos; (d) hot-spot and gas alarms are triggered correctly in simulation tests; (e) data flows to the grain storage management system and the ventilation control system without error; and (f) no Severity 1 incident occurs during the trial run.
P:6.3 If the tests are passed, the Buyer shall issue a Final Acceptance certificate within 7 working days. Otherwise the Supplier shall correct the defects within 15 days and the tests shall be repeated at its cost. Delivery, installation, trial run or use of the system shall not be considered acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, provide new Software versions and recalibrate the probes once a year, free of charge.
P:7.2 Incidents are handled as follows:
TB:Severity|Description|Response|On site|Restore
TB:1|Monitoring of a whole silo or of the depot lost, or alarms not raised|30 minutes|6 hours|24 hours
TB:2|Individual cables, probes or functions not working|2 hours|2 working days|3 working days
TB:3|Questions and minor issues|1 working day|as agreed|as agreed
P:7.3 For each hour by which the Supplier exceeds a response, on-site or restore time in clause 7.2, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any amount payable.
P:7.4 After the warranty period, the Buyer may order annual support covering the items in clause 7.1. The annual support fee shall be no more than 6% of the Hardware and Licence Subtotal (CNY 101,580 per year) and shall not be increased during the two years following the warranty period. Support is ordered year by year; there is no automatic renewal.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
P:7.6 During the warranty period the Supplier shall visit the depot twice a year to inspect gateways, solar power units and cable connections, and shall submit an inspection report after each visit.
H:8. Intellectual Property
P:8.1 The Project Deliverables belong to the Buyer. The Supplier shall deliver their source files at Final Acceptance, and the Buyer may use, modify and license them freely.
P:8.2 The Software and the embedded firmware remain the Supplier's property. The Supplier grants the Buyer a perpetual licence to use them for the Buyer's depots.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:9. Data Security
P:9.1 All data collected or generated by the system, including silo layouts, stock levels, grain condition data and alarm records, belongs to the Buyer. The Supplier shall not use it for any purpose other than performing this contract.
P:9.2 The Software shall be installed on the Buyer's servers. Gateways shall send data only to the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host with full logging. The Supplier shall not copy the Buyer's data.
P:9.3 The Supplier shall report any actual or suspected security breach within 2 hours, take remedial action immediately and be liable for all losses caused by a breach attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's depots, reserves, stock levels and operations and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the contract ends.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in this contract, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for the acts of approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination, the Supplier shall refund amounts paid for undelivered items and hand over all completed Project Deliverables.
H:14. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. Miscellaneous
P:This contract is made in English and Chinese, both versions being equally authentic, in four originals. It takes effect on signature and sealing by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** FS-MSA-2025-027

**Customer:** Foshan Nanzhuang Jinyao Ceramics Co., Ltd., Chancheng District, Foshan, Guangdong Province, People's Republic of China ("Customer")

**Provider:** Aswan Nile Digital Services S.A.E., Corniche Street, Aswan, Aswan Governorate, Egypt ("Provider")

Customer makes and exports ceramic tiles and has about 1,400 computers and mobile devices at its Foshan plants and its sales offices in China, the Middle East and Africa. Customer wishes to engage Provider to run its IT service desk and endpoint management for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Customer Data" means all data of Customer, its employees and its customers that Provider receives, accesses or generates in performing the Services, including ticket records, device inventories, user accounts, logs and telemetry.

1.4 "Customer Materials" means the knowledge articles, scripts, runbooks, device configuration packages and reports prepared by Provider specifically for Customer.

## Section 2. Term

2.1 This Agreement starts on signature and continues for 36 months after the Service Commencement Date (the "Service Term").

2.2 This Agreement does not renew automatically. An extension requires a written amendment signed by both parties.

## Section 3. Services

3.1 Provider shall provide the Services described in Schedule 1 to the service levels in Schedule 2, in Chinese, English, Arabic and French.

3.2 Provider shall assign a named service delivery manager and hold a monthly service review with Customer's IT manager, at which it shall present the service level report, open problems, security matters and improvement actions.

3.3 Provider shall follow Customer's IT policies, change management process and information security rules. Changes that may affect production systems at the plants require Customer's prior approval.

3.4 Provider shall maintain a business continuity plan for the Services, test it at least once a year with Customer's participation and provide the test report. If Provider's primary service centre becomes unavailable, Provider shall restore the service desk from a backup location within 8 hours.

3.5 Provider shall keep the staffing levels needed to meet the service levels, and shall give Customer at least 30 days' notice before replacing the service delivery manager.

## Section 4. Transition

4.1 Provider shall complete the transition within 60 days after signature. Transition includes knowledge transfer from Customer's current staff, set-up of Provider's ticketing tool instance for Customer, enrolment of all endpoints in the endpoint management platform, migration of open tickets and creation of the first set of knowledge articles.

4.2 The transition acceptance criteria are: at least 98% of the endpoints in the inventory enrolled and reporting; all open tickets migrated; telephone, e-mail and portal channels tested in all four languages; and a two-week parallel run in which Provider handles all tickets without a Priority 1 service level failure.

4.3 When the criteria are met, Customer shall sign a Transition Acceptance Certificate within 5 working days. Provider's performance of Services before that date is not acceptance.

4.4 If the Service Commencement Date is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 2,184,000, inclusive of VAT.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears.

5.3 Customer shall pay each correct invoice within 30 days after receipt by bank transfer in CNY. There is no advance payment.

5.4 Charges are fixed for the Service Term. If the number of endpoints changes by more than 10%, the monthly service charge shall be adjusted using the unit rate in Schedule 3.

## Section 6. Service Levels and Credits

6.1 Provider shall meet the service levels in Schedule 2 and report its performance monthly.

6.2 For each failure to meet a Priority 1 or Priority 2 response or restore target, Provider shall give Customer the service credit stated in Schedule 2, deducted from the next invoice. Service credits in a month are limited to 20% of the monthly service charge and do not limit Customer's other rights.

6.3 If Provider fails to meet the same service level in two consecutive months, it shall submit a corrective action plan within ten working days and carry it out at its own cost.

## Section 7. Customer Data and Security

7.1 As between the parties, Customer Data belongs to Customer.

7.2 Provider shall protect Customer Data by appropriate technical and organisational measures, including multi-factor authentication for all administrator accounts, encryption of data in transit and at rest, logging of all privileged access and background checks for its staff. Customer Data shall be stored in mainland China, in compliance with PRC data protection laws.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours, contain it, investigate its cause and report in writing, and shall be liable for losses caused by incidents attributable to Provider or its subcontractors.

7.4 Customer agrees that Provider may use anonymised ticket records, resolution notes and endpoint telemetry derived from Customer Data to improve its knowledge base and automation tools, to train its support models and to prepare benchmarks for its other clients, during and after the Service Term.

7.5 At the end of the Service Term, Provider shall return Customer Data and Customer Materials and delete its copies, except as permitted by Section 7.4.

## Section 8. Intellectual Property

8.1 Customer Materials belong to Customer, which may use, modify and license them freely, including to a successor provider.

8.2 Provider's tools, ticketing platform and general know-how remain Provider's property.

## Section 9. Confidentiality

Each party shall keep confidential the other's non-public business and technical information and use it only for this Agreement, during the Service Term and for three years after it.

## Section 10. Subcontracting

Provider may engage its affiliates or third-party subcontractors to perform any part of the Services by giving Customer 10 business days' written notice. Provider remains responsible for its subcontractors' performance.

## Section 11. Liability

Each party's total liability under this Agreement is limited to 150% of the total charges for the Service Term. The limit does not apply to personal injury, wilful misconduct or breach of Section 7 or 9.

## Section 12. Termination and Exit

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. Customer may also terminate if Provider fails the same Priority 1 service level in three consecutive months.

12.2 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all Customer Materials and cooperate with any successor provider.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## Section 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Notices shall be in writing and delivered to the addresses above or to the e-mail addresses named by each party.

14.3 This Agreement, with its Schedules, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

14.4 This Agreement is made in English in two originals, one for each party.

## Schedule 1 — Services

| Service | Description |
|---|---|
| Service desk | Single point of contact by telephone, e-mail and portal, 24 hours a day, 7 days a week, in four languages; logging, classification and resolution of incidents and requests |
| Endpoint management | Patching, software distribution, antivirus and disk encryption compliance for about 1,400 devices |
| Remote support | Remote resolution of user incidents, with on-site dispatch at the Foshan plants through Customer's facilities team |
| Account administration | User account creation, changes and removal in Customer's directory on approved requests |
| Reporting | Monthly service level, ticket trend and device compliance reports |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restore | Service credit per failure |
|---|---|---|---|---|
| P1 | Plant production systems or a whole site unable to work | 15 minutes | 6 hours | CNY 3,000 |
| P2 | A department or key user unable to work | 30 minutes | 8 hours | CNY 1,000 |
| P3 | A single user affected, workaround available | 2 hours | 2 working days | none |
| P4 | Requests and questions | 1 working day | 5 working days | none |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement | 96,000 |
| Monthly service charge | 58,000 per month x 36 months | 2,088,000 |
| Total charges for the Service Term | | 2,184,000 |
| Endpoint adjustment rate | per endpoint per month | 41 |
| Exit assistance | per person-day | 2,600 |

For Customer: ____________________ For Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
(Crop and Weather Data API)

Agreement No. QEO-DL-2025-006

BETWEEN

Dalian Beigang Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhongshan District, Dalian, Liaoning Province ("Customer"),

AND

Qena Earth Observation Data Company S.A.E., a company incorporated in the Arab Republic of Egypt, with its registered office at El Gomhoreya Street, Qena, Qena Governorate, Egypt ("Provider").

BACKGROUND

Provider produces crop condition, soil moisture and weather data derived from satellite imagery and weather models, and delivers it through an application programming interface. Customer trades soybeans, corn and wheat and wishes to use the data in its crop forecasting and procurement planning. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's data delivery interface, with its endpoints, authentication keys and documentation.

1.2 "Provider Data" means the crop condition indices, soil moisture estimates, weather observations and forecasts, yield estimates and historical archives made available through the API.

1.3 "Customer Data" means the field boundaries, sourcing region lists, farm and supplier locations, query parameters and other data that Customer uploads to or submits through the API.

1.4 "Custom Layers" means the regional crop layers and aggregation scripts that Provider prepares specifically for Customer under clause 4.

1.5 "Subscription Year" means the one-year period starting on the Subscription Start Date, and the one-year period starting on its first anniversary.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, during the two Subscription Years, to access the API and to use Provider Data for Customer's internal business purposes, including forecasting, procurement and risk management, by up to 40 named users and 6 system integrations.

2.2 Customer may store Provider Data in its own systems and keep using data downloaded during the subscription for internal historical analysis after the subscription ends. Customer shall not resell Provider Data or publish it in raw form.

2.5 Customer's affiliates in mainland China may use Provider Data under this Agreement, provided that Customer remains responsible for their use and the total number of named users is not exceeded.

2.3 The subscription covers: daily crop condition indices at 250-metre resolution for Northeast China, the North China Plain, Brazil, Argentina and the United States; daily soil moisture estimates for the same regions; hourly weather observations and ten-day forecasts; monthly yield estimates by province or state; and historical archives back to 2010.

2.4 Provider may add regions or products during the subscription. Provider shall not withdraw any product listed in clause 2.3 during the two Subscription Years.

3. SUBSCRIPTION START AND API ACCEPTANCE

3.1 Within 20 days after signature, Provider shall issue API keys, deliver the historical archive for the covered regions and complete the integration of the API with Customer's forecasting platform.

3.2 The API acceptance tests are: all endpoints listed in the documentation return valid data for the covered regions; the historical archive is complete for all products and years in clause 2.3; the integration loads a full day of data into Customer's forecasting platform without error on 5 consecutive days; and the Custom Layers for the first two regions are delivered.

3.3 When the tests are passed, Customer shall sign an API acceptance certificate within 5 working days. The date of that certificate is the Subscription Start Date. Use of the API before that date is not acceptance.

3.4 If the API acceptance certificate cannot be signed within 30 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, which Customer may deduct from the fees.

4. CUSTOM LAYERS

4.1 Provider shall prepare Custom Layers that aggregate Provider Data to Customer's sourcing regions, covering 14 regions defined by Customer, and shall update them with each data release.

4.2 The Custom Layers and their aggregation scripts belong to Customer. Customer may use, modify and license them freely. Provider shall deliver the scripts and documentation with the first release of each layer.

5. FEES AND PAYMENT

5.1 The fees are:
   (a) subscription fee, first Subscription Year: CNY 264,000;
   (b) subscription fee, second Subscription Year: CNY 264,000;
   (c) integration and set-up fee (one-time): CNY 18,000.
   The total fees under this Agreement are CNY 546,000, inclusive of VAT.

5.2 The integration and set-up fee is invoiced after the Subscription Start Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 Customer shall pay each correct invoice within 30 days after receipt by bank transfer in CNY.

5.4 API calls above 2,000,000 per month are charged at CNY 6 per 10,000 calls, invoiced quarterly in arrears.

5.5 The fees are fixed for the two Subscription Years and shall not be increased.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to publish each data release on schedule, and will inform Customer of planned maintenance by e-mail.

6.2 Customer may contact Provider's support team by e-mail or through the support portal. Provider will use commercially reasonable efforts to answer support requests promptly and to correct errors in Provider Data that Customer reports.

6.3 Provider shall inform Customer of any change to the API that requires changes to Customer's integration at least 60 days in advance, and shall keep the previous API version running for at least 90 days after a new version is released.

6.4 Provider shall publish release notes for each data release, describing changes in methods, sources or coverage, and shall keep a public status page showing known delays.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Custom Layers to Customer and for no other purpose. Provider shall not combine Customer Data with data of other customers or use it to prepare products or analyses for others.

7.2 Provider shall store Customer Data only on servers located in mainland China, operated by Provider's hosting provider named in Annex 2. Provider shall protect Customer Data by encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of all access, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 48 hours after becoming aware of it, take immediate steps to contain it, provide a written incident report and be liable for the losses Customer suffers from an incident attributable to Provider.

7.4 Within 30 days after this Agreement ends, Provider shall return Customer Data in a standard format and delete all copies, and shall certify the deletion in writing.

8. WARRANTIES

8.1 Provider warrants that it has all rights needed to license Provider Data and that Provider Data is produced with the methods described in the documentation.

8.2 Provider Data consists of estimates and forecasts. Provider does not warrant that any forecast will be accurate, and Customer is responsible for its own trading decisions.

8.3 If Provider Data delivered for a day is materially incomplete or corrupted, Provider shall redeliver it as soon as practicable after Customer's notice.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the API and Provider Data, except the Custom Layers under clause 4.2.

9.2 Provider shall defend Customer against any claim that Customer's use of the API or Provider Data in accordance with this Agreement infringes a third party's rights, and shall pay the damages and costs awarded.

10. LIABILITY

10.1 Neither party is liable for loss of profit or indirect or consequential loss, except for breach of clause 7 or clause 9.2.

10.2 Nothing in this Agreement limits liability for personal injury, fraud or wilful misconduct.

11. SUBCONTRACTING

Provider shall not subcontract any part of its obligations without Customer's prior written consent, except to the hosting provider named in Annex 2. Provider remains responsible for any subcontractor.

12. TERM AND TERMINATION

12.1 This Agreement begins on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.

12.3 If Customer terminates under clause 12.2, Provider shall refund the subscription fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Dalian International Arbitration Court for arbitration in Dalian in accordance with its rules in force at the time of application.

14. GENERAL

14.1 Notices shall be sent in writing to the addresses above or to the e-mail addresses named in Annex 1.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement, with Annex 1 (Contacts) and Annex 2 (Hosting Provider and Product Specifications), is the entire agreement of the parties on its subject.

14.4 Neither party is liable for delay caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public networks or satellite outages, provided it notifies the other party promptly.

14.5 This Agreement is made in English in two originals.

SIGNED for Customer: ____________________

SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, lang, category, source, terms (KEYS order), extra, fee base for TCO, forum outside mainland, design rules)
DRAFTS = {
 "z01": ("h767z01_rural_collective_assets_platform.pdf", "zh", "software", Z01,
         [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2010000), 1180000, False, []),
 "z02": ("h767z02_flower_stand_bending_coating_line_retrofit.docx", "zh", "hardware", Z02,
         [None, 1, True, "buyer", True, True, True, None, None, 20, True, True, 24, 7, False, True, True, "PRC", G],
         dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1320000), 1162000, False, ["CR-LD-MISSING", "CR-SUBCONTRACT"]),
 "z03": ("h767z03_jiujitsu_chain_booking_saas.txt", "zh", "cloud", Z03,
         [None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=770000), None, False,
         ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"]),
 "z04": ("h767z04_cancer_hospital_radiotherapy_planning_om.txt", "zh", "services", Z04,
         [None, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000), None, False,
         ["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "z05": ("h767z05_pavilion_joinery_tracking_supplier_template.md", "zh", "software", Z05,
         [None, 2, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 28, False, True, None, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=648000), 420000, False,
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("h767e01_dyehouse_recipe_licence_sohag_vendor.pdf", "en", "software", E01,
         [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 9, False, True, False, "Egypt", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1230000), 780000, True, ["CR-GOVERNING-LAW"]),
 "e02": ("h767e02_cold_chain_routing_saas_order_form_minya_vendor.md", "en", "cloud", E02,
         [99.5, 2, True, "buyer", True, True, True, 500 / 680000 * 100, 6 / 24 * 100, None, True, None, None, None,
          False, True, False, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=680000), None, False,
         ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
 "e03": ("h767e03_grain_silo_sensors_monitoring_luxor_vendor.docx", "en", "hardware", E03,
         [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 6, False, True, False, "PRC", G],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1940000), 1693000, False, []),
 "e04": ("h767e04_ceramics_managed_service_desk_aswan_vendor.md", "en", "services", E04,
         [None, 0.25, True, "buyer", True, False, True, 2000 / 2184000 * 100, 150, None, True, None, None, None, False,
          True, True, "PRC", S],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000), None, False,
         ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
 "e05": ("h767e05_crop_weather_data_api_qena_vendor.txt", "en", "cloud", E05,
         [None, None, False, "buyer", True, True, False, 400 / 546000 * 100, None, None, True, None, None, None, False,
          True, False, "PRC", S],
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=546000), None, False,
         ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (default pack values, policy §3)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base itemised."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(t, x, fee_base, forum_outside):
    r = set()
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(t, x, fee_base)
        if tc and tc[1] > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    return "medium" if any(r not in LOW for r in rules) else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
CN = "〇一二三四五六七八九十百两"
THRESH_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?\b|h\b)", rf"(?<![{CN}])四个?小时", r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?)", rf"(?<![{CN}])十二个月", r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![\d.])5\s*(?:年|years?)(?![\d])", rf"(?<![{CN}])五年", r"five\s*(?:\(5\)\s*)?years?",
]
THRESH_RE = re.compile("|".join(THRESH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "within 4 hours", "四小时", "四个小时", "within four hours", "0.05%",
            "万分之五", "100%", "100 %", "30%", "百分之三十", "40 %", "forty per cent", "15%", "百分之十五", "12个月",
            "十二个月", "12 months", "twelve months", "twelve calendar months", "五年", "5 years", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "7×24小时", "24 hours", "二十四小时", "0.08%", "万分之八", "万分之二", "10%",
             "130%", "115%", "2025年", "45%", "112 months", "6 hours", "十五日", "24 months", "CNY 1,000", "150%",
             "00:00 and 05:00", "三年", "1 hour", "P4 Requests", "36 months", "二十四个月"]


def scan_ok(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = [m.group(0) for v in variants for m in THRESH_RE.finditer(v)]
    return hits


# ---------------------------------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan_ok(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan_ok(s), ("regex hits", s, scan_ok(s))

    sources, targets = {}, {}
    for key, (name, lang, cat, src, *_rest) in DRAFTS.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = src
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    report = []
    for key, (name, lang, cat, src, terms, extra, fee_base, forum_outside, design) in DRAFTS.items():
        assert len(terms) == len(KEYS)
        t = dict(zip(KEYS, terms))
        x = dict(extra)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
            assert t["final_payment_on_acceptance"] is None or key in ()
        else:
            assert "post_warranty_fee_capped" in x
        # no label value on a threshold
        assert t["availability_pct"] != TH["avail"] and t["p1_response_hours"] != TH["p1"]
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9
        assert t["liability_cap_pct"] != TH["cap"] and t["prepayment_pct"] != TH["prepay"]
        assert t["warranty_months"] != TH["warranty"] and t["post_warranty_fee_pct"] != TH["pwf"]
        tc = tco(t, x, fee_base)
        if tc:
            assert abs(tc[1] - TH["tco"]) > 2, (key, tc)
        rules = derive(t, x, fee_base, forum_outside)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan_ok(text)
        assert not hits, (key, hits)
        report.append((key, name, n, rules, risk(rules), tc))
    # the mix
    nrules = {k: len(r[3]) for k, r in zip(DRAFTS, report)}
    assert nrules["z01"] == 0 and nrules["e03"] == 0
    assert report[5][3] == ["CR-GOVERNING-LAW"]
    assert 8 <= nrules["z05"] <= 10
    assert all(2 <= nrules[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for key, name, n, rules, rk, tc in report:
        extra = "" if not tc else " TCO %.0f share %.2f%%" % tc
        print("%s %-62s %5d  %-6s %s%s" % (key, name, n, rk, ", ".join(rules) or "(none)", extra))
    print("all checks passed")


if __name__ == "__main__":
    main()
