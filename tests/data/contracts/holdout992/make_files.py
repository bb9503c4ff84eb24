"""holdout992: builds the ten draft contracts from the sources below, writes their .json labels and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt / .md are written as they are; .docx / .pdf are built with ../word_pdf.py (PDF paragraphs pre-wrapped at word
boundaries). Checks: price sums, label values against the policy thresholds, no threshold figure in any built text
(raw, whitespace-collapsed, whitespace-free), text lengths, rules derived from the labels = design, coverage of all
20 CR rules, TCO share away from the threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:新时代文明实践志愿服务平台建设项目合同
P:合同编号：LCXC-ZFCG-2027-018
P:采购人（甲方）：中共临川市委宣传部
P:供应商（乙方）：赣江数智科技有限公司
P:本项目经政府采购公开招标，乙方为中标供应商。招标文件、乙方投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分，与本合同具有同等效力。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供新时代文明实践志愿服务平台软件许可，含志愿者注册认证、活动发布与报名、服务时长记录、积分兑换、队伍管理、统计分析等模块，许可不限用户数，永久有效。
P:1.2 乙方按甲方需求完成定制开发，包括：与全国志愿服务信息系统的数据对接；市、县、乡、村四级实践阵地地图；“群众点单—中心派单—队伍接单—群众评单”服务流程；微信小程序端；领导驾驶舱。
P:1.3 平台部署于甲方指定的市级政务云，乙方负责安装、配置、联调、数据初始化及上线，并对市、县两级管理员和各实践所、站骨干进行培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾伍万陆仟元整（¥1,656,000），其中：平台软件许可费¥860,000；定制开发费¥642,000；部署实施费¥118,000；培训费¥36,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件授权及乙方完成本项目所需的全部费用。
P:2.3 因甲方需求变更导致工作量增加的，双方应书面确认变更内容、费用及工期；未经书面确认的变更，不作为调整合同价款或工期的依据。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保证金后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 每期付款前乙方应开具合法有效的发票。甲方按财政国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成定制开发及部署，具备初步验收条件。
P:4.2 乙方应每周向甲方提交进度报告；关键节点可能延误的，应提前书面说明原因及补救措施，但不因此免除其逾期责任。
P:4.3 乙方应指派具有同类项目经验的项目经理常驻甲方现场，核心开发人员不少于六人；项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收：乙方完成部署后书面申请，甲方组织功能测试，逐项核对需求规格说明书所列功能；与全国志愿服务信息系统的数据对接连续七日无差错；800个并发用户时页面平均响应时间不超过2秒。
P:5.2 最终验收：初步验收后试运行九十日，期间未发生一级故障，且乙方取得第三方测评机构出具的安全测评报告（无中、高危漏洞）后，甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线、试运行或甲方实际使用，均不视为最终验收合格。验收不合格的，乙方应在十日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方每季度进行一次巡检，检查系统运行、安全补丁和数据备份情况，并向甲方提交书面巡检报告。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护须提前三日通知甲方并安排在夜间进行。
P:7.2 故障分级响应：一级故障（平台整体无法访问或数据对接中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（主要功能异常）1小时内响应，次日内修复；三级故障（一般问题）在三个工作日内处理。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减服务费¥800；月可用率每低于约定值0.01个百分点，扣减¥1,000。扣减款项可从应付款项或履约保证金中直接扣除。
H:第八条 数据安全
P:8.1 平台中的志愿者个人信息、活动数据、服务记录等全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守网络安全、数据安全和个人信息保护方面的法律法规，按等级保护第三级要求落实访问控制、加密存储、日志审计等措施；远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、内部资料、系统账号和配置信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 平台软件许可部分的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的程序、源代码、接口、数据模型及文档，知识产权归甲方所有。乙方应在最终验收时交付完整源代码及技术文档，甲方有权自行或委托第三方使用、修改。
P:10.3 乙方保证所提供的软件不侵犯第三方的合法权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过三十日，或平台经两次验收仍不合格的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按照政府采购的有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包或转包，乙方不得将合同项下的任何工作交由第三方完成。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权书面通知乙方解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，已完成部分按实际结算。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订后五个工作日内，以银行保函形式向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:14.2 乙方未按本合同履行义务的，甲方有权从履约保证金中扣收违约金、扣减款和赔偿金；不足部分，乙方应在收到甲方通知后十日内补足。
H:第十五条 适用法律与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。未尽事宜由双方另行签订补充协议。
P:16.2 合同附件：附件一 需求规格说明书；附件二 分项报价表；附件三 验收方案；附件四 售后服务承诺书。
P:甲方（盖章）：中共临川市委宣传部　　乙方（盖章）：赣江数智科技有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造项目采购合同
P:合同编号：QF-SB-2027-0426
P:甲方（买方）：宁波清风吸尘器制造有限公司
P:乙方（卖方）：杭州恒控自动化工程有限公司
P:甲方为提升吸尘器总装线、电机装配线和包装线的自动化水平，委托乙方对上述三条生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责三条生产线控制系统的设计、供货、安装、程序编制、调试及培训，将原有继电器控制和单机控制改造为PLC集中控制，新增产线监控和生产数据采集功能，并实现与甲方现有ERP系统的工单对接。
P:1.2 改造须在甲方安排的停线窗口内分线实施，每条线停线不超过十日，不得影响其余生产线的正常生产。
P:1.3 乙方交付的设备应为全新原厂产品，型号、参数不低于乙方投标文件的承诺。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰壹拾万元整（¥2,100,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|128,000|768,000
TB:2|触摸屏HMI|12台|9,500|114,000
TB:3|伺服驱动器及电机|48套|6,250|300,000
TB:4|视觉检测单元|4套|52,000|208,000
TB:5|工业交换机及网络布线|1批|92,000|92,000
TB:6|产线监控软件许可（永久）|1套|246,000|246,000
TB:7|生产数据采集软件许可（永久）|1套|132,000|132,000
TB:|软硬件小计|||1,860,000
TB:8|安装调试及程序编制|1项|214,000|214,000
TB:9|操作及维护培训|1项|26,000|26,000
TB:|合同总价|||2,100,000
P:2.2 上述价格含税，包括运输、保险、安装、调试、培训及乙方派员的全部费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 三条生产线全部安装调试完成、设备到货清点无误后，甲方支付合同总价的55%。安装调试完成不代表验收合格。
P:3.3 项目终验合格后三十日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。甲方逾期付款的，乙方有权相应顺延后续工期。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后六十日内完成全部设备到货，并在甲方通知的停线窗口内完成安装调试。
P:4.2 设备到货后双方共同开箱清点，清点记录仅确认数量和外观，不视为质量验收。
P:4.3 乙方应在每条生产线停线前提交详细的切换方案和回退预案，经甲方生产部门书面确认后方可实施。切换失败的，乙方应在当班内恢复原有控制方式，保证甲方次日正常生产。
P:4.4 乙方现场人员应遵守甲方的安全生产、动火作业和车间管理制度，配备必要的劳动防护用品。乙方人员在施工中造成人身伤害或财产损失的，由乙方负责。
H:第五条 技术资料与培训
P:5.1 乙方应在终验前向甲方交付电气原理图、接线图、控制柜布置图、I/O点表、程序备份、设备说明书、备品备件清单及操作维护手册，纸质版和电子版各一套。
P:5.2 乙方应为甲方设备科和各产线班组提供不少于十日的现场培训，内容包括系统操作、常见故障判断、程序备份与恢复，确保甲方维修人员能够独立处理一般故障。
H:第六条 验收
P:6.1 终验条件：各产线按改造方案全部功能调试完成；连续试生产二十日，控制系统未发生导致停线的故障；总装线节拍达到每台不超过38秒；视觉检测漏检率不高于千分之二；产线监控与生产数据采集软件的数据与现场计数一致；与ERP系统的工单下发和报工回传准确无误。
P:6.2 满足终验条件后，乙方提交终验申请，甲方在七日内组织验收并签署终验报告。试生产或甲方实际使用不视为终验合格。
P:6.3 验收不合格的，乙方应在十日内整改，并承担由此产生的费用。
P:6.4 终验报告应载明各项指标的实测值，由双方代表签字确认后生效。
H:第七条 质量保证
P:7.1 质保期为十八个月，自终验合格之日起计算。质保期内因设备或软件本身质量问题产生的维修、更换、程序修改及软件升级，均由乙方免费负责。
P:7.2 质保期内故障响应：一级故障（导致整条生产线停线）1小时内响应，6小时内到达现场，当班内恢复生产；二级故障（单台设备或单个工位异常）2小时内响应，次日内修复。乙方每超过上述时限1小时，向甲方支付¥1,000。
P:7.3 质保期满后，乙方提供维保服务，维保年费为软硬件小计的26%，即每年人民币483,600元，含定期巡检、备件更换、程序维护及软件升级。维保年费在维保服务期内不作调整，维保合同由双方另行签订。
P:7.4 乙方应在宁波地区保有本项目主要备件的常用库存，保证质保期及维保服务期内备件供应；停产备件应提供性能不低于原型号的替代品，并负责程序适配。
H:第八条 数据与信息安全
P:8.1 生产数据、工艺参数、配方及设备运行记录属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方批准，通过甲方提供的专用通道接入，维护结束后立即断开；乙方人员应遵守甲方的网络安全管理制度。
P:8.3 因乙方原因造成甲方数据泄露、丢失或生产系统被入侵的，乙方应在2小时内通知甲方并配合处置，承担由此造成的全部损失。
P:8.4 乙方接入甲方网络的笔记本电脑、移动存储介质等设备应事先经甲方安全检查，不得安装与本项目无关的软件。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方工艺、产品设计、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至相关信息公开之日止。
H:第十条 知识产权
P:10.1 乙方为本项目编制的PLC程序、HMI画面、监控组态及接口程序，知识产权归甲方所有，乙方应交付源程序及注释文档，甲方可自行修改和使用。
P:10.2 两套软件许可的著作权仍归原权利人，甲方获得永久使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 乙方原因导致甲方停线超出约定窗口的，乙方除支付违约金外，还应赔偿甲方的直接损失。
P:11.3 乙方交付的设备或软件不符合合同约定的，甲方有权要求乙方更换、修复或退货，乙方应承担由此产生的运输、拆装和重新调试费用。
H:第十二条 分包
P:12.1 乙方不得将本项目转包。网络布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十四条 适用法律和争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同附件包括改造技术方案、设备技术规格表和培训计划，附件与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：宁波清风吸尘器制造有限公司　　乙方（盖章）：杭州恒控自动化工程有限公司
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：XG-IT-2027-009
甲方：上海星光艺演文化培训有限公司
乙方：杭州课栈云科技有限公司

甲方在全国经营35家表演培训门店（含少儿表演、播音主持、影视表演和舞台剧课程）。为统一各门店的课程预约、排课、会员及储值管理，甲方采用乙方的“课栈”预约及会员管理云服务，并委托乙方完成系统实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在服务期内向甲方35家门店提供“课栈”云服务，包括课程预约、教室与教师排课、会员档案、储值与课时包、试听转化、家长端小程序、门店经营报表等功能。
2. 每家门店开通一个门店账号，门店员工账号数量不限；总部开通集团管理后台。
（二）实施服务
1. 系统配置：按甲方课程体系配置课程类别、课时规则、价格体系和会员等级。
2. 数据迁移：将甲方现有会员档案、剩余课时和储值余额从原系统迁移至本系统，迁移前后逐户核对。
3. 定制开发：甲方品牌小程序页面、总部经营驾驶舱及与甲方财务系统的收款数据对接。
4. 培训：为总部及各门店店长、前台人员提供线上线下培训。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收通过之日起算。第一个服务年度自上线验收通过之日起至满一年之日止，第二个服务年度依次类推。
（二）服务期满后本合同不自动续期。甲方如需继续使用，双方应在期满前六十日另行协商并签订续约合同。
（三）服务期内，乙方不得以任何理由单方提高订阅服务费单价，亦不得单方减少已约定的功能模块。

三、费用及支付
（一）合同总价为人民币伍拾肆万元整（¥540,000），包括：
1. 订阅服务费：每家门店每个服务年度¥6,800，35家门店每个服务年度合计¥238,000，两个服务年度合计¥476,000；
2. 实施费：¥64,000（含配置、数据迁移、定制开发和培训），一次性支付。
（二）实施费在上线验收通过后十五日内支付。
（三）订阅服务费按季度支付，每季度¥59,500，甲方于每季度首月十日前支付当季费用。
（四）本合同期内新增门店的，按每家门店每个服务年度¥6,800按月折算计费；关闭门店的，自次季度起相应减少。
（五）乙方应在收款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应于合同签订后四十五日内完成实施，具备上线验收条件。
（二）上线验收标准：
1. 合同约定的功能全部可用，并按甲方提供的测试用例逐项测试通过；
2. 迁移后会员人数、剩余课时、储值余额与原系统逐户核对一致，差异均已查明处理；
3. 35家门店在上线后连续十个营业日正常使用，未发生一级故障；
4. 与甲方财务系统的收款数据每日对账一致。
（三）符合上述标准后，甲方在五个工作日内出具上线验收单。门店开始使用系统不视为验收通过。
（四）乙方逾期具备上线验收条件的，每逾期一日向甲方支付违约金¥500。
（五）上线切换采用分批方式，首批五家门店试点运行两周后再推广至其余门店。切换期间乙方应保留原系统数据的只读备份，切换失败的，应协助甲方恢复原系统使用。

五、服务水平
（一）乙方承诺系统每月可用率不低于99.5%（计划内维护除外）。计划内维护应安排在每日23:00至次日7:00之间，并提前三日通知甲方。
（二）故障响应：
1. 一级故障（全部或多家门店无法预约、签到或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（单个门店或单个功能异常）：1小时内响应，当日内解决；
3. 三级故障（咨询或一般问题）：下一工作日内答复。
（三）服务补偿：月可用率未达到承诺值，或一级故障未在约定时间内恢复的，乙方按当季服务费的一定比例给予抵扣：每低于承诺值0.5个百分点抵扣当季服务费的5%，一级故障每超时1小时抵扣¥300，抵扣在下一季度服务费中结算。
（四）技术支持：乙方为甲方指定专属客户成功经理，提供每日9:00至21:00的电话及在线客服支持；每季度向甲方提交服务报告，内容包括可用率、故障处理情况和各门店使用情况。
（五）系统升级：乙方对平台进行版本升级的，应提前七日通知甲方，升级不得降低已有功能，不得影响甲方的定制功能和历史数据。

六、数据安全
（一）乙方应按照网络安全等级保护第三级的要求运营本系统，数据存储于中国境内的数据中心，传输和存储均加密，后台访问实行最小权限和操作日志留存。
（二）学员及家长的个人信息按照个人信息保护相关法律法规处理，未经甲方同意不得向第三方提供。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因乙方原因造成的全部损失。

七、数据权属
（一）甲方在本系统中录入和产生的会员、课程、预约、交易等业务数据归甲方所有。
（二）甲方同意，乙方可以将上述业务数据经去标识化和汇总处理后，用于乙方的产品改进、行业研究及对外发布的培训行业经营分析报告，该使用权在本合同终止后继续有效。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部业务数据，交付后删除甲方数据，但本条第（二）项所述汇总数据除外。

八、保密
双方对履行本合同过程中知悉的对方商业秘密，包括甲方的课程价格体系、学员信息和经营数据，以及乙方的技术资料，负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后继续有效。

九、知识产权
（一）“课栈”云服务平台及其软件的知识产权归乙方所有。
（二）为甲方定制开发的品牌小程序页面、总部经营驾驶舱及财务对接程序，知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
（三）乙方保证其提供的云服务及软件不侵犯任何第三方的知识产权，因此产生的纠纷由乙方负责处理并承担全部责任。

十、违约责任及责任限制
（一）任何一方违反本合同约定的，应承担相应的违约责任并赔偿对方损失。
（二）除故意、重大过失以及违反数据安全或保密义务外，任何一方在本合同项下的累计赔偿责任以合同总价的200%为限。

十一、甲方的义务
（一）甲方应指定项目负责人，及时提供课程体系、价格规则、会员数据等实施所需资料，并组织各门店参加培训和测试。
（二）甲方应妥善保管各门店的账号和密码，员工离职时及时停用相应账号。
（三）甲方按本合同约定支付费用。

十二、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还未使用服务期对应的服务费。
（二）系统连续两个月可用率未达到承诺值的，甲方有权解除本合同。

十四、适用法律及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括：附件一 功能清单；附件二 实施计划；附件三 门店清单及开通时间表。附件与本合同具有同等效力。

甲方（盖章）：上海星光艺演文化培训有限公司
乙方（盖章）：杭州课栈云科技有限公司
"""

Z04 = """国道落石监测预警系统运维服务合同

项目编号：YZJT-CS-2027-003
采购方式：竞争性磋商
甲方：云州市交通运输局
乙方：滇岭交通科技有限公司

根据竞争性磋商结果，甲方确定乙方为国道落石监测预警系统运维服务的成交供应商。磋商文件、乙方响应文件及成交通知书为本合同的组成部分。双方依据相关法律法规，订立本合同。

第一条 运维对象
（一）本合同运维对象为G320国道云州段落石监测预警系统，包括沿线62个监测点的裂缝计、倾角计、雨量计、微震传感器、视频监控、太阳能供电设备和通信设备，18块路侧声光报警及可变情报板，以及部署在甲方机房的监测预警平台软件和服务器。
（二）运维对象清单及位置见附件一。运维期间甲方新增或拆除设备的，清单相应调整。
（三）本系统于2025年11月通过竣工验收，建设单位的质保服务已于2026年底届满，本合同为系统质保期满后的运维服务。

第二条 服务期限
（一）服务期自2027年1月1日起至2027年12月31日止。
（二）服务期满合同自行终止，不自动续期。甲方需继续采购运维服务的，依法另行组织采购。

第三条 服务内容
（一）日常巡检：每月对全部监测点进行一次现场巡检，雨季（5月至10月）每半月一次；检查传感器安装状态、供电和通信情况，清理太阳能板和摄像机镜头，并填写巡检记录。
（二）平台运维：每日检查平台运行、数据接收和预警推送情况，按周备份数据库，及时安装安全补丁。
（三）故障处理：按第四条约定的时限处理各类故障，更换损坏的传感器及配件。
（四）预警值守：暴雨、地震等特殊时段，乙方安排专人全天值守平台，发现预警信息后立即电话报告甲方值班室和养护单位。
（五）汛期保障：汛期前完成一次全面检修和应急演练配合，汛期内在沿线设置两个应急驻点。
（六）报告：每月提交运维月报，每季度提交设备状态评估报告，年末提交年度运维总结。
（七）备件管理：乙方应储备不少于各类传感器在用数量一成的常用备件，建立备件台账，更换下来的旧件交甲方处理。
（八）服务交接：服务期满前三十日，乙方应整理设备台账、运维档案、平台账号和配置资料，向甲方或甲方指定的单位办理交接，并配合新运维单位熟悉现场一个月。

第四条 服务水平
（一）故障分级：
1. 一级故障：预警平台中断、预警信息无法推送，或连续三个及以上监测点同时失效；
2. 二级故障：单个监测点失效或单块情报板不能显示；
3. 三级故障：数据偶发缺失、画面模糊等不影响预警的问题。
（二）处理时限：一级故障30分钟内响应，3小时内到达现场，8小时内恢复；二级故障1小时内响应，次日内修复；三级故障在下一次巡检时处理，最迟七日内处理完毕。道路中断无法到达现场的，时限自道路恢复通行时起算。
（三）考核扣款：一级故障每超时1小时扣减运维费¥600；二级故障每超时一日扣减¥300；漏巡一个监测点扣减¥200。扣款在季度付款时结算。
（四）预警推送：平台识别到达到预警条件的监测数据后，应在1分钟内向甲方值班室、公路养护单位和路侧情报板推送预警信息；推送失败的，乙方值守人员应立即电话补报。

第五条 合同价款及支付
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人工、车辆、常用备件、通信费、税费等全部费用。
（二）单价超过¥3,000的传感器或设备因雷击、塌方等非乙方原因损坏需要整机更换的，由乙方报价，经甲方确认后另行支付。
（三）运维费按季度支付，每季度¥121,500。每季度结束后，甲方根据季度考核结果扣除考核扣款，在十五个工作日内支付当季运维费。本合同不设预付款。
（四）乙方应在每次收款前开具合法有效的发票。

第六条 考核与验收
（一）季度考核：甲方每季度末根据巡检记录、故障处理记录和平台日志，对巡检完成情况、故障处理时效、预警推送及时性进行考核，出具季度考核表。
（二）年度验收：服务期满后，甲方组织年度验收，验收标准为：全年巡检计划全部完成；一级故障均已按时恢复或已按约扣款；全部设备状态正常、资料完整并已移交；运维档案齐全。验收合格后出具书面验收意见。
（三）年度验收不合格的，乙方应在二十日内完成整改并重新申请验收；整改后仍不合格的，甲方有权按未完成工作量相应扣减运维费。

第七条 数据安全
（一）监测数据、预警记录、视频资料及平台日志均属于甲方，乙方仅可为履行本合同使用，不得向任何第三方提供或用于其他目的。
（二）乙方应按网络安全等级保护第二级的要求开展平台运维，使用甲方提供的堡垒机账号进行远程操作，不得私自开设远程通道或在平台服务器上安装无关软件。运维终端应安装防病毒软件，移动存储介质须经甲方检查后方可接入。
（三）发生数据丢失、篡改或平台被攻击的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿损失。

第八条 成果归属
乙方在运维过程中形成的巡检记录、评估报告、平台配置文件、预警阈值调整方案等成果，均归甲方所有，甲方有权自行使用或交由其他单位使用。

第九条 人员要求
（一）乙方应配备运维项目经理一名、现场运维工程师不少于四名、平台工程师一名，人员名单报甲方备案。
（三）乙方更换项目经理或现场工程师的，应提前七日书面告知甲方并经甲方认可，替换人员的资历和经验不得低于原人员。
（二）乙方人员上路作业应按规定设置安全警示标志，穿着反光服，做好交通安全防护；高边坡作业应采取防坠落措施。作业中发生的人身伤亡事故由乙方负责。

第十条 甲方的权利和义务
（一）甲方有权随时检查乙方的巡检和值守情况，对不符合要求的工作提出整改意见，乙方应在三日内整改。
（二）甲方应向乙方提供运维所需的机房出入、平台账号、设备资料和沿线养护单位联系方式，并协调公路养护单位配合乙方的现场作业。
（三）甲方按本合同约定支付运维费。

第十一条 分包
乙方不得将本合同项下的运维服务转包或分包。

第十二条 违约责任
（一）乙方未按第三条约定完成月度巡检，或未在第四条约定时限内修复故障的，除按考核扣款外，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方未及时处理故障或未及时报告预警信息造成人员伤亡或财产损失的，乙方承担赔偿责任。
（三）甲方无正当理由逾期支付运维费的，应按国家有关规定承担责任。

第十三条 合同的履行
本合同生效后，双方应全面履行。服务期内，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除合同。乙方违约的，甲方可以按本合同扣减运维费、要求乙方支付违约金，乙方应继续履行本合同直至服务期满。

第十四条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。附件：附件一 运维对象清单；附件二 巡检计划；附件三 季度考核表。

甲方（盖章）：云州市交通运输局
乙方（盖章）：滇岭交通科技有限公司
"""

Z05 = """# 软件许可及定制开发合同

（匠链标准合同文本 V3.0）

合同编号：JL-HT-2027-0312

甲方：钦州市泥火坭兴陶艺工作室

乙方：南宁匠链软件有限公司

甲方拟采购乙方的“匠链”工艺流程追溯软件，用于记录坭兴陶从选泥、练泥、拉坯、雕刻、烧制到打磨、包装的全过程工序信息，并为每件作品生成可查询的追溯码。双方本着平等自愿的原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链”工艺流程追溯软件标准版许可（含工序管理、工匠管理、窑炉记录、作品档案、追溯码生成及查询模块），许可方式为永久使用许可，限甲方内部使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：窑变效果图片档案、大师作品证书打印、与甲方网店后台的订单对接，以及微信扫码查询页面。

1.3 乙方负责软件安装部署、基础数据初始化和甲方人员培训。

1.4 本合同许可的使用范围为甲方位于钦州市的一个工作室及其附属窑场，最多二十个工位终端同时在线。甲方增加工位或场地的，应另行购买许可。

1.5 软件部署在甲方自备的服务器上，运行环境要求见附件三。甲方硬件或网络条件不符合要求的，乙方可以暂停部署，直至甲方整改完毕。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “匠链”工艺流程追溯软件标准版许可 | 168,000 |
| 2 | 定制开发 | 126,000 |
| 3 | 实施及培训 | 18,000 |
| | 合计 | 312,000 |

2.2 合同总价为人民币叁拾壹万贰仟元整（¥312,000）。

2.3 上述价格不含服务器、扫码枪、标签打印机等硬件设备，如需乙方代购，另行报价。

2.4 上述价格为含税价，乙方开具增值税普通发票。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥202,800。乙方收到该款项后开始定制开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥109,200。

3.3 甲方逾期付款的，乙方有权暂停开发、实施或技术支持服务，工期相应顺延，并有权按每日千分之一收取逾期付款违约金。

## 第四条 交付

4.1 乙方应在收到首期款后七十五日内完成定制开发并安装部署。因甲方需求变更、资料提供不及时或未按期付款的，交付期限相应顺延。

4.3 乙方的交付内容为：安装完成的软件系统、管理员账号清单及电子版操作手册。乙方不向甲方交付源代码。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 软件安装部署完成后，乙方通知甲方上线运行。系统上线运行即视为甲方验收合格。

5.2 甲方在上线运行后提出的修改意见，乙方视情况在后续版本中予以考虑。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括软件缺陷修复和远程技术支持。

6.2 甲方在工作时间（周一至周五9:00—17:30）通过电话或微信报告故障。乙方对一级故障（系统无法登录或追溯码无法生成）在8小时内响应，对其他故障在两个工作日内响应。

6.3 因网络中断、甲方硬件故障、甲方人员误操作等非乙方原因造成的故障，乙方不承担责任。乙方对故障处理时效不承担扣款、赔偿或违约责任。

6.4 免费维护期内，乙方根据产品发布计划提供标准版升级；定制功能的升级适配另行收费。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准收取。

7.2 未签订维护协议的，乙方不再提供软件升级和技术支持，但甲方可继续使用已许可的软件版本。

## 第八条 甲方的义务

8.1 甲方应在合同签订后十日内提供工序清单、工匠名册、窑炉信息、历史作品资料及网店后台接口说明，并指定一名联系人负责需求确认和日常沟通。

8.2 甲方应按乙方的要求准备服务器和网络环境，保证系统运行所需的硬件、操作系统和数据库正常可用。

8.3 甲方应组织工匠和管理人员参加培训，按照乙方提供的操作手册使用系统。因甲方未按操作手册使用造成的问题，由甲方自行承担。

## 第九条 培训

9.1 乙方在系统安装部署完成后，为甲方提供一次集中现场培训，时间为两天，培训人数不超过十五人；此后的培训以远程方式进行。

9.2 乙方向甲方提供电子版操作手册一份。

## 第十条 知识产权

10.1 “匠链”软件及其所有版本的著作权归乙方所有。

10.2 乙方为甲方定制开发的功能模块、查询页面、证书模板和接口程序，其知识产权及源代码均归乙方所有，甲方在本合同约定的范围内享有非独占的使用权，不得自行修改、反编译或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

## 第十一条 数据

11.1 甲方录入系统的工艺数据、作品图片、工匠信息和客户订单信息归甲方所有。

11.2 乙方应采取必要的技术措施保障甲方数据安全，包括数据库访问控制、每日自动备份和传输加密；发生数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，因乙方过错造成的损失由乙方承担。

11.3 为改进产品和开展行业推广，乙方有权对甲方数据进行脱敏处理后用于乙方的产品优化、案例展示和行业统计分析，该权利不因本合同终止而终止。

11.4 本合同终止后，乙方可应甲方书面要求，以乙方系统支持的格式导出甲方数据，导出服务按乙方当时的收费标准另行计费。

## 第十二条 保密

12.1 双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

## 第十三条 违约责任

13.1 任何一方违反本合同约定的，应承担违约责任。

13.2 乙方不承担因软件使用导致的甲方间接损失、利润损失或商誉损失。

## 第十四条 合同解除

14.1 一方严重违约，经对方书面通知后十五日内仍未改正的，守约方有权解除本合同。

14.2 合同解除后，甲方已支付的款项中对应乙方已完成工作的部分不予退还。

14.3 甲方逾期付款超过三十日的，乙方有权解除本合同，并要求甲方支付已完成工作的费用。

## 第十五条 争议解决

15.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 不可抗力

16.1 因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十七条 通知

17.1 双方以本合同首页所列地址、电话和电子邮箱作为联系方式，通过电子邮件或微信发出的通知自发出时视为送达。

17.2 一方联系人或联系方式变更的，应在三日内书面通知对方，否则向原联系方式发出的通知仍视为送达。

## 第十八条 其他

18.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

18.2 本合同为乙方标准合同文本，双方如有其他约定，以双方签字盖章的补充协议为准。

18.3 附件：附件一 软件功能清单；附件二 定制开发需求确认单；附件三 软件运行环境要求。

甲方（盖章）：钦州市泥火坭兴陶艺工作室

乙方（盖章）：南宁匠链软件有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PLA-CN-2027-041
P:This Software Licence and Services Agreement (the "Agreement") is made between Nantong Huaxin Textile Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Nantong, Jiangsu Province (the "Customer"), and Piedmont Loom Analytics, Inc., a North Carolina corporation with its principal office at 1180 Linwood Road, Gastonia, North Carolina, United States (the "Vendor").
P:The Customer operates spinning, weaving and finishing mills and a central textile testing laboratory. The Customer wishes to license the Vendor's FabricLab quality and laboratory management software and to engage the Vendor to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FabricLab Enterprise software including the Yarn Testing, Fabric Inspection, Colour Management and Statistical Process Control modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, instrument drivers, configuration scripts and documentation that the Vendor develops specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all test results, specifications, images, production records and other data entered into, generated by or processed by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software for up to 120 named users and 40 connected laboratory instruments at the Customer's sites in the People's Republic of China, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 Title to the Software remains with the Vendor. Nothing in this Agreement limits the Customer's rights in the Custom Deliverables under Article 9.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software on the Customer's servers in Nantong; configuration of test methods, specifications and sampling plans for the three mills; development of interfaces to the Customer's ERP system and manufacturing execution system; drivers for the Customer's tensile testers, spectrophotometers and evenness testers; migration of the existing test records of the last three years; and training of key users and administrators.
P:3.2 The Vendor shall assign a named project manager and a lead consultant with experience of at least three comparable textile laboratory projects.
P:3.3 The Vendor shall deliver a detailed project plan within 15 days of signature. Installation shall be completed within 60 days of signature, and the system shall be ready for Final Acceptance testing within 150 days of signature.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,738,000, made up of: Software licence fees CNY 1,280,000; implementation, interface and migration services CNY 410,000; and training CNY 48,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the total contract price within 30 days after signature, against the Vendor's invoice; (b) 55% within 30 days after installation of the Software and completion of the interfaces, which is not acceptance; and (c) the remaining 25% within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in Shanghai.
H:Article 5 Testing and Acceptance
P:5.1 After installation the Vendor shall carry out the acceptance tests set out in the acceptance test plan agreed between the parties. The tests shall demonstrate, at a minimum: (a) every function listed in the functional specification; (b) automatic capture of results from each connected instrument without manual re-entry; (c) reconciliation of migrated records against the source system with all differences explained; (d) correct exchange of batch and test data with the ERP and MES interfaces; and (e) generation of certificates of analysis within three seconds at 80 concurrent users.
P:5.2 After the tests are passed, the system shall run in production for 30 consecutive days without a Severity 1 incident. The Customer shall then issue the Final Acceptance certificate within ten working days, or give written reasons for refusal.
P:5.3 Installation, training, go-live or productive use of the Software does not by itself constitute Final Acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification and the documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide technical support free of charge.
P:6.2 Support is available by telephone, e-mail and remote session. The Vendor shall respond to a Severity 1 incident (the Software is down or laboratory results cannot be recorded) within one hour and provide a workaround or fix within eight hours; Severity 2 incidents shall receive a response within two hours and a fix within three working days.
P:6.3 If the Vendor misses a response or fix time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each hour of delay, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period, the Vendor shall offer annual support at a fee of 11% of the Software licence fees, being CNY 140,800 per year. This fee is fixed for the first three years after the Warranty Period. Annual support is ordered by the Customer's purchase order each year and does not renew automatically.
H:Article 7 Data Protection and Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:7.2 The Software is hosted on the Customer's own servers. The Vendor shall access the Customer's systems only remotely through the Customer's VPN and jump server, with individual accounts, after approval for each session, and shall comply with the Customer's information security policies and with applicable PRC laws on cybersecurity, data security and personal information protection.
P:7.3 The Vendor shall notify the Customer within eight hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data caused by the Vendor or its personnel, shall take all reasonable steps to contain it, and shall be responsible for the losses caused by such incident.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's product specifications, formulations, supplier data and pricing, and shall use it only for this Agreement. These obligations survive for three years after the end of this Agreement.
H:Article 9 Intellectual Property
P:9.1 All intellectual property rights in the Custom Deliverables shall belong to the Customer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify, and license the Custom Deliverables to third parties without restriction.
P:9.2 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 10 Delay Damages
P:10.1 If the system is not ready for Final Acceptance testing by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the total contract price for each day of delay, up to a maximum of 10% of the total contract price.
P:10.2 Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability arising out of this Agreement is limited to 150% of the total contract price. This limit does not apply to death or personal injury, fraud, wilful misconduct, breach of Article 7 or Article 8, or the indemnity in Article 9.2.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 13 Term and Termination
P:13.1 This Agreement comes into force on signature by both parties.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
P:13.3 The Customer may also terminate if the delay damages under Article 10 reach their maximum. In that case the Vendor shall refund all amounts paid for work that has not been accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of North Carolina, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall first be discussed by the parties' senior managers. If it is not resolved within 30 days, it shall be finally settled by arbitration administered by the International Centre for Dispute Resolution in accordance with its International Arbitration Rules. The seat of arbitration shall be Charlotte, North Carolina, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, together with its Annexes, is the entire agreement between the parties and supersedes all prior proposals. Any amendment must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:Annex 1: Functional specification. Annex 2: Project plan and milestones. Annex 3: Acceptance test plan.
P:For the Customer: Nantong Huaxin Textile Co., Ltd.    For the Vendor: Piedmont Loom Analytics, Inc.
"""

E02 = """# Order Form No. ULS-2027-0188

**Uwharrie Learning Systems, Inc.** (the "Vendor"), 415 Sunset Avenue, Asheboro, North Carolina, United States

**Dongguan Meilin Furniture Co., Ltd.** (the "Customer"), Houjie Town, Dongguan, Guangdong Province, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Subscribed Service

Uwharrie Learn, the Vendor's cloud learning management platform, Enterprise edition, including course catalogue, classroom and e-learning scheduling, skills matrix, certification tracking, mobile app, and reporting. Subscribed quantity: 1,800 active users across the Customer's three factories and its Dongguan head office. The service is delivered from the Vendor's hosting partner's data centre in Shanghai.

### A2. Subscription Term

The Initial Term is two Subscription Years. The first Subscription Year begins on the Subscription Start Date, which is the date on which the Vendor makes the production tenant available to the Customer after Onboarding Acceptance, and each later Subscription Year begins on the anniversary of that date.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 1,800 users x CNY 220 | 396,000 |
| Subscription, Subscription Year 2 | 1,800 users x CNY 220 | 396,000 |
| Onboarding and set-up (one-time) | fixed | 58,000 |
| Total fees for the Initial Term | | 850,000 |

Additional users may be added at any time at CNY 220 per user per Subscription Year, pro rata for the remainder of the Subscription Year. Fees are stated in CNY and include VAT.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

(c) No amount is payable before Onboarding Acceptance.

### A5. Onboarding and Acceptance

(a) Onboarding covers tenant set-up, single sign-on with the Customer's directory, import of employee and course records, configuration of three factory sites and approval workflows, an interface to the Customer's HR system, and administrator training.

(b) The Vendor shall complete onboarding within 45 days after signature of this Order Form. If onboarding is late for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

(c) Onboarding Acceptance requires that: all employee records are imported and reconciled with the HR system; single sign-on works for all sites; the approval workflows pass the Customer's test scripts; the HR interface runs without error for five consecutive working days; and course completion reports match the test data. The Customer signs an acceptance certificate within five working days after successful tests. Use of the tenant for training before that date is not acceptance.

### A6. Renewal

At the end of the Initial Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. The Vendor may increase the per-user fee for any renewal term by up to 8% over the fee for the preceding Subscription Year by notifying the Customer at least 90 days before the renewal date.

Signed for the Vendor: ______________________ Name / Title / Date

Signed for the Customer: ______________________ Name / Title / Date

## PART B - GENERAL TERMS

### 1. Service Levels

1.1 The Vendor shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 22:00 and 06:00 China Standard Time.

1.2 The Vendor shall provide support by portal, e-mail and telephone in Chinese and English. Priority 1 incidents (the Service is unavailable, or users cannot log in or complete mandatory safety training) receive a response within 30 minutes at any time and a workaround within three hours. Priority 2 incidents receive a response within two business hours. Priority 3 requests are answered within one business day.

1.3 If monthly availability falls below the commitment in clause 1.1, the Vendor shall grant a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, below the commitment, up to half of that monthly equivalent. If a Priority 1 response is late, the Vendor shall grant a credit of CNY 500 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

### 2. Customer Data

2.1 All data that the Customer or its users upload to or create in the Service, including employee records, training records and certificates, is Customer Data. Customer Data belongs to the Customer.

2.2 The Vendor shall process Customer Data only to provide the Service under this Order Form and the Customer's documented instructions, and shall not use it for any other purpose.

2.3 At the end of the term the Vendor shall make all Customer Data available for export in CSV format for 60 days and shall then delete it and confirm deletion in writing.

### 3. Data Security

3.1 The Vendor shall keep Customer Data in mainland China, shall maintain an information security programme certified to ISO 27001, and shall protect the Service with encryption in transit and at rest, multi-factor authentication for administrative access, access logging and annual penetration tests.

3.2 The Vendor shall notify the Customer within eight hours after becoming aware of a security incident affecting Customer Data, shall cooperate in its investigation and remediation, and shall bear the losses and costs that the Customer suffers as a result of an incident caused by the Vendor's breach of this clause.

### 4. Subcontractors

The Vendor may use subcontractors and subprocessors, including hosting, support and implementation partners, to perform its obligations. The Vendor will inform the Customer of any new subcontractor or subprocessor by updating the list published on its trust portal. The Vendor remains responsible for the performance of its subcontractors.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the end of the term.

### 6. Intellectual Property

6.1 The Vendor retains all rights in the Service and its underlying software.

6.2 Course content, templates, reports and interface mappings created by the Vendor for the Customer during onboarding belong to the Customer, which may use, modify and license them without restriction.

### 7. Liability

Each party's aggregate liability under this Order Form is limited to 200% of the total fees payable for the Initial Term. The limit does not apply to breach of clauses 3 or 5, to infringement claims, or to wilful misconduct.

### 8. Term and Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice.

8.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund the fees already paid for the period after termination.

8.3 On termination or expiry, clause 2.3 applies. Clauses 2, 3, 5, 6 and 7 survive.

### 9. Customer Responsibilities

9.1 The Customer is responsible for the accuracy of the employee and course records it provides, for managing its users' accounts, and for ensuring that its users comply with the Vendor's published acceptable use policy.

9.2 The Customer shall notify the Vendor promptly of any unauthorised use of its accounts of which it becomes aware.

### 10. Changes to the Service

10.1 The Vendor may improve and update the Service from time to time. The Vendor shall not materially reduce the functions described in clause A1 during the term, and shall give the Customer at least 30 days' notice of any change that requires action by the Customer or its administrators.

10.2 New releases are included in the subscription fee. The Vendor shall test each release against the Customer's configuration and interface before it is deployed to the Customer's production tenant.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding on both parties.

### 12. General

This Order Form is the entire agreement of the parties regarding the Service and supersedes any online terms, click-through terms or purchase order terms. Amendments must be in writing and signed by both parties. Notices shall be sent in writing to the addresses in this Order Form, with a copy by e-mail to the contacts named by each party during onboarding. Neither party may assign this Order Form without the other party's prior written consent, which shall not be unreasonably withheld.
"""

E03 = """T:Purchase Agreement for Condition Monitoring Sensors and Software
P:Contract No. BYP-EQ-2027-0057
P:Buyer: Guangxi Baiyue Paper Co., Ltd., Guigang, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer")
P:Supplier: Neuse River Instruments, LLC, 2207 Trent Road, New Bern, North Carolina, United States (the "Supplier")
P:The Buyer operates two paper machines, a pulp line and a power plant at its Guigang mill. Following the Buyer's competitive tender, the Buyer purchases from the Supplier wireless condition monitoring sensors, gateways and the Supplier's monitoring software, together with installation, commissioning and training, on the Buyer's standard terms set out below.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission a condition monitoring system covering 320 measuring points on the Buyer's rotating equipment, including dryer cylinders, press rolls, refiners, pumps, fans and turbines, as listed in Annex 1.
P:1.2 The system comprises wireless vibration and temperature sensors, gateways, an application server, the VibraWatch monitoring software licence, the interface to the Buyer's distributed control system and maintenance management system, and the dashboards and alarm rules configured for the Buyer.
P:1.3 All equipment shall be new, of the models stated in the Supplier's bid, and suitable for the humid and hot environment of a paper mill.
P:1.4 The Supplier shall appoint a project manager who speaks Chinese, or provide an interpreter at its own cost, and shall hold weekly progress meetings with the Buyer's project team from signature until Final Acceptance.
H:2. Contract Price
P:2.1 The contract price is CNY 1,600,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|320|2,150|688,000
TB:2|Wireless gateway|24|9,800|235,200
TB:3|VibraWatch monitoring software, perpetual licence, 400 points|1|396,000|396,000
TB:4|Application server with operating system|1|86,800|86,800
TB:|Subtotal, equipment and licence|||1,406,000
TB:5|Installation, commissioning and interfaces|1 lot|162,000|162,000
TB:6|Training|1 lot|32,000|32,000
TB:|Contract price|||1,600,000
P:2.2 The contract price is fixed and includes packing, freight and insurance to the Guigang mill, import duties, taxes and all costs of the Supplier's personnel.
H:3. Payment
P:3.1 The Buyer shall pay 25% of the contract price within 20 working days after signature of this Agreement and receipt of a bank guarantee from the Supplier for the same amount.
P:3.2 The Buyer shall pay 50% of the contract price within 30 days after all equipment has been delivered and installed. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the remaining 25% of the contract price within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment is subject to a valid VAT invoice issued by the Supplier or its authorised importer.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Guigang mill within 75 days after signature. Installation shall take place during the Buyer's planned maintenance shutdowns, which the Buyer shall notify at least ten days in advance.
P:4.2 The Supplier's installers shall follow the Buyer's safety rules, including permit-to-work, lock-out and confined space procedures.
P:4.3 If the Supplier fails to deliver or to complete installation on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. The Buyer may deduct these damages from any payment.
P:4.4 The Supplier shall provide, before commissioning, the installation drawings, the sensor mounting plan, the network design of the gateways, user and administrator manuals in Chinese, and a list of recommended spare parts with prices valid for three years.
P:4.5 The Supplier shall train up to 20 of the Buyer's reliability engineers and maintenance technicians at the mill for five days, covering sensor installation and replacement, alarm setting, spectrum analysis and routine administration of the software, and shall provide a further two days of refresher training during the warranty period.
H:5. Acceptance
P:5.1 After commissioning, the Supplier shall demonstrate that: every sensor transmits data to the software at the configured interval; readings of a sample of 32 points agree with a calibrated portable analyser within the tolerance stated in Annex 2; alarms are raised in the software and in the distributed control system within ten seconds of a simulated threshold crossing; work requests are created in the maintenance management system from alarms; and the gateway network recovers automatically after a power interruption.
P:5.2 After a successful demonstration, the system shall run for 45 days. Final Acceptance takes place when the system has run for 45 days without loss of data from more than two sensors at any time and without a Severity 1 fault, and the Buyer has signed the Final Acceptance certificate.
P:5.3 Delivery, installation, commissioning or use of the system by the Buyer does not constitute Final Acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment, supply software updates and provide remote diagnosis free of charge, including sensor batteries that fail before their rated life.
P:6.2 The Supplier shall respond to faults as set out in the following table:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software or server down, or a gateway serving critical machines offline|30 minutes|8 hours (remote) or 2 days (on site)
TB:Severity 2|Individual sensors or dashboards not working|2 hours|5 working days
TB:Severity 3|Questions and minor defects|1 working day|next update
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800.
P:6.4 After the warranty period, the Supplier shall provide annual support, including updates, replacement of defective equipment and remote diagnosis, for an annual fee of 8% of the equipment and licence subtotal, being CNY 112,480 per year. This fee shall not increase during the first three years after the warranty period. Each year of support is ordered separately and does not renew automatically.
P:6.5 Equipment replaced during the warranty period is covered for the remainder of the warranty period or for six months from replacement, whichever is later.
H:7. Data Ownership and Security
P:7.1 All measurement data, alarm records and reports generated by the system are the property of the Buyer. The Supplier may use them only to perform this Agreement.
P:7.2 The system is installed on the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's secure remote access gateway, per session and with the Buyer's approval. The Supplier shall not transfer data outside the Buyer's systems.
P:7.3 The Supplier shall notify the Buyer within six hours of any security incident involving the system caused by the Supplier, shall cooperate in remediation and shall compensate the Buyer for the resulting loss.
H:8. Confidentiality
P:8.1 Each party shall keep confidential all technical and commercial information received from the other party, including the Buyer's production data and process layouts, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives the end of this Agreement.
H:9. Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual licence to use the VibraWatch software for the number of points stated in clause 2.1.
P:9.2 Dashboards, alarm rules, analytics models and interface programs configured or developed for the Buyer belong to the Buyer. The Buyer may use, modify and license them freely. The Supplier shall hand over the related source code and configuration files at Final Acceptance.
H:10. Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 150% of the contract price, except for personal injury, wilful misconduct, and breach of clauses 7 and 8, for which liability is not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. On-site support in China may be performed by the Supplier's local service partner only after the Buyer has approved the partner in writing. The Supplier remains responsible for all subcontracted work.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under clause 4.3 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund all payments received for equipment or services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:14. General
P:14.1 Neither party is liable for a failure or delay caused by force majeure, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly, provides evidence and takes reasonable steps to reduce the effect. If force majeure lasts more than 60 days, either party may terminate the affected part of this Agreement.
P:14.2 Amendments to this Agreement must be made in writing and signed by both parties. Neither party may assign this Agreement without the prior written consent of the other.
P:14.3 This Agreement is made in Chinese and English; both versions are equally authentic. It enters into force on signature by both parties.
P:Annex 1: List of measuring points. Annex 2: Technical specifications and acceptance tolerances.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** JT-ITS-2027-12

**Customer:** Hefei Jintai Automotive Components Co., Ltd., Hefei Economic and Technological Development Area, Anhui Province, People's Republic of China ("Customer")

**Provider:** Chowan Technology Services, Inc., 318 Main Street, Ahoskie, North Carolina, United States ("Provider")

**Background.** Customer manufactures brake and steering components at three plants in Hefei and Wuhu and has about 1,200 office and shop-floor computer users. Customer wishes to outsource its IT service desk, end-user support and endpoint management to Provider for thirty-six months. Provider will perform the on-site work through its own staff based in Hefei.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in Customer's Service Commencement certificate issued under clause 4.

1.3 "Service Levels" means the service levels in Schedule 2.

1.4 "Monthly Charge" means the monthly charge in Schedule 3.

1.5 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives or accesses in performing the Services, including user account details, device inventories, tickets and the contents of end-user devices.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, including the charges for the extension period.

## 3. Services

3.1 Provider shall perform the Services in accordance with Schedule 1, the Service Levels and good industry practice.

3.2 Provider shall assign a service delivery manager, a service desk team able to work in Chinese and English, and at least six on-site engineers across Customer's plants. Key personnel named in Schedule 1 may be replaced only with Customer's prior written approval.

3.3 Provider shall use Customer's IT service management tool and shall record every incident and request in it.

## 4. Transition and Service Commencement

4.1 Provider shall complete transition within 60 days after signature. Transition includes knowledge transfer from Customer's current support team, documentation of all supported applications, set-up of the service desk telephone line and portal, and a two-week parallel run.

4.2 Customer shall issue a Service Commencement certificate when: (a) the service desk has handled all calls for ten consecutive working days within the Service Levels; (b) all devices are registered in the endpoint management console; (c) the knowledge base covers the 50 most frequent request types; and (d) the operations manual has been approved by Customer.

4.3 If the Service Commencement Date is later than the 60th day after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 2,540,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears. Each invoice is payable within 30 days after receipt of a valid VAT invoice. No amount is payable in advance.

5.3 The Monthly Charge is fixed for the Service Term. It covers up to 1,300 supported users; each additional user is charged at CNY 52 per month. Travel between Customer's plants is included and is not charged separately.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the Service Levels in Schedule 2 every month and shall deliver a monthly service report to Customer by the fifth working day of the following month.

6.2 If Provider fails to meet a Service Level, Customer is entitled to the service credits stated in Schedule 2. Service credits are deducted from the next invoice. Service credits do not limit Customer's other remedies.

6.3 Provider shall analyse the root cause of every P1 incident and deliver a written report with corrective actions within three working days after resolution.

## 7. Customer Responsibilities and Governance

7.1 Customer shall give Provider's staff access to its premises, its service management tool and the administrative accounts needed for the Services, provide desks and parking for the on-site engineers, and name an IT manager as Provider's main contact.

7.2 Provider's staff shall follow Customer's site rules, including safety instructions on the shop floor, protective equipment and visitor registration.

7.3 The parties shall hold a quarterly service review to discuss the service reports, recurring incidents, improvement proposals and planned changes to Customer's IT environment. Provider shall propose at least two improvement measures at each review.

## 8. Customer Data

8.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not sell it, disclose it or use it for any other purpose.

8.2 At the end of this Agreement, Provider shall return all Customer Data to Customer in a usable format and shall then delete any copies it holds.

## 9. Confidentiality

9.1 Each party shall keep confidential all information received from the other party that is marked as confidential or should reasonably be understood to be confidential, and shall use it only for this Agreement.

9.2 A party may disclose confidential information to its employees and professional advisers who need to know it and who are bound by confidentiality duties, or where required by law.

9.3 This clause continues for three years after the end of this Agreement.

## 10. Intellectual Property

10.1 Knowledge base articles, scripts, automation packages, procedures and reports created by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, also after the end of this Agreement and with another service provider.

10.2 Provider retains ownership of its own tools and methods that existed before this Agreement.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of production.

11.2 Provider's total liability arising out of or in connection with this Agreement in any calendar year is limited to the Monthly Charges paid or payable for the six months preceding the event giving rise to the claim.

11.3 The limits in this clause do not apply to death or personal injury caused by negligence, or to fraud.

## 12. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor as for its own staff.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider fails the same critical Service Level in three consecutive months.

13.2 Either party may terminate this Agreement if the other party becomes insolvent.

13.3 On any termination or expiry, Provider shall provide exit assistance for up to 60 days, including handover of documentation and knowledge transfer to Customer or its new provider, at the rates in Schedule 3.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## 15. General

This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. If this Agreement and a Schedule conflict, this Agreement prevails. Neither party may assign this Agreement without the other party's prior written consent. Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the contacts named by each party at signature.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by telephone, portal and e-mail; logging, classification and first-line resolution of incidents and requests | 07:00-23:00, every day |
| On-site support | Desk-side support, device installation, moves and changes, shop-floor terminals and printers at the three plants | Plant shift hours |
| Endpoint management | Device inventory, software distribution, patching of operating systems and standard applications, device imaging | Business hours |
| Account administration | Creation, change and removal of user accounts and mailboxes on Customer's request | 07:00-23:00, every day |
| Reporting | Monthly service report and quarterly service review with Customer's IT manager | Monthly / quarterly |

## Schedule 2 - Service Levels and Service Credits

| Priority | Example | Response | Resolution or workaround | Service credit per late ticket (CNY) |
|---|---|---|---|---|
| P1 | A production line or plant cannot work because of an IT fault | 15 minutes | 6 hours | 1,500 |
| P2 | A department or key user cannot work | 1 hour | 1 business day | 500 |
| P3 | A single user is affected but can work | 8 business hours | 3 business days | 100 |
| Request | Standard service request | 1 business day | 5 business days | none |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 74,000 |
| Monthly Charge | 36 months x CNY 68,500 | 2,466,000 |
| Total charges for the Service Term | | 2,540,000 |
| Additional users | per user per month | 52 |
| Exit assistance beyond the included scope | per engineer day | 1,800 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No.: SAD-CN-2027-006

Between: Sandhills AgriData, Inc., 1402 South Main Street, Laurinburg, North Carolina, United States ("Provider")

And: Henan Fengyuan Seed Industry Co., Ltd., Zhengzhou, Henan Province, People's Republic of China ("Customer")

Customer breeds and tests maize, wheat and soybean varieties at more than 1,200 trial plots in northern and central China. Customer subscribes to Provider's agronomic data service, which delivers weather, soil moisture and crop growth indices for Customer's trial locations through an application programming interface, on the following terms.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered.

1.2 "Data" means the gridded weather observations and forecasts, satellite-derived soil moisture and vegetation indices, and growing-degree-day calculations supplied by Provider through the API.

1.3 "Customer Data" means the plot coordinates, trial identifiers, variety codes, planting dates and other information that Customer submits to the API, and the query history of Customer's accounts.

1.4 "Subscription Year" means each period of one year starting on the Subscription Start Date or on an anniversary of it.

1.5 "Subscription Start Date" means the date on which Provider issues the production API keys to Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years from the Subscription Start Date, a non-exclusive, non-transferable right to access the API and to use the Data within Customer's group for breeding, variety testing, agronomic advice to Customer's distributors, and internal reporting.

2.2 The subscription covers up to 1,500 registered plot locations and up to 400,000 API calls per Subscription Year. Calls above that volume are charged at the overage rate in clause 4.3.

2.3 Customer may keep and continue to use Data downloaded during the subscription, including in derived breeding analyses, after the subscription ends.

2.4 Customer shall not resell the Data or make it available to third parties as a data product.

2.5 Customer may register additional plot locations at any time. Locations above 1,500 are charged at CNY 160 per location per Subscription Year, pro rata.

3. ONBOARDING AND INTEGRATION

3.1 Provider shall register Customer's plot locations, issue test and production API keys, and develop an integration adapter that loads the Data into Customer's breeding data platform every day.

3.2 Provider will use reasonable efforts to complete onboarding within 30 days after signature of this Agreement.

3.3 Integration Acceptance. After onboarding, Customer shall test the integration for ten consecutive days. Integration Acceptance is given in writing when: (a) Data for every registered plot location is loaded each day without manual intervention; (b) the loaded values agree with the values returned by the API for a sample of 50 plots; (c) the adapter reports failed loads to Customer's administrators by e-mail; and (d) the documentation of the adapter has been delivered. Issuing the production API keys does not by itself constitute Integration Acceptance.

4. FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee: CNY 286,000 for each Subscription Year, CNY 572,000 for the two Subscription Years;
(b) onboarding and integration fee: CNY 24,000, one-time.
The total fees under this Agreement are CNY 596,000, excluding overage.

4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The onboarding and integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days after receipt of a valid VAT invoice.

4.3 API calls above the included volume are charged at CNY 0.20 per call, invoiced at the end of each Subscription Year.

4.4 The fees are fixed for the two Subscription Years and include VAT.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver daily Data updates on time.

5.2 Provider provides support by e-mail and through its customer portal during its business hours and will use commercially reasonable efforts to answer support requests promptly.

5.3 Provider may suspend the API for maintenance, and will try to give notice of planned maintenance in advance.

5.4 No service level commitments, service credits or fee reductions apply to the availability of the API, to delays in Data updates or to the handling of support requests.

6. CUSTOMER OBLIGATIONS

6.1 Customer shall provide accurate plot coordinates and planting dates, keep its API keys secret, and use the API only through the integration adapter or other applications that it controls.

6.2 Customer shall name a technical contact who will coordinate the integration tests and report suspected errors in the Data to Provider.

6.3 Customer is responsible for its own agronomic and commercial decisions made with the help of the Data.

7. DATA QUALITY

7.1 The Data is derived from public and commercial weather observations, satellite imagery and Provider's models. Provider shall apply its documented quality control procedures and shall correct errors in the Data of which it becomes aware.

7.2 Provider does not warrant that the Data is complete or free of errors, or that it is fit for any particular agronomic decision.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the subscription to Customer and shall not disclose it to third parties or use it for any other purpose, including for Provider's own products or for other customers.

8.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, logging of access, and regular backups. Plot coordinates and trial identifiers shall be stored on servers located in mainland China.

8.3 Provider shall notify Customer within eight hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain the incident and shall be responsible for the losses that Customer suffers as a result of an incident caused by Provider.

8.4 At the end of this Agreement Provider shall return Customer Data to Customer and shall then delete it.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all information received from the other party that is designated as confidential or that should reasonably be understood to be confidential, including Customer's trial locations, variety codes and breeding plans and Provider's models and pricing.

9.2 Neither party shall disclose such information to third parties without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by equivalent duties, or as required by law. This obligation survives for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Provider owns the API, its models and the Data, subject to the rights granted to Customer in clause 2.

10.2 The integration adapter and any field-specific models, reports and indices that Provider develops for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely. Provider shall deliver the source code of the adapter with its documentation.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of crops, loss of profit or loss of business opportunity.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees under clause 4.1. This limit does not apply to breach of clause 8 or clause 9, to infringement of intellectual property rights, or to wilful misconduct.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Provider shall not subcontract any of its obligations under this Agreement, including hosting of Customer Data, without Customer's prior written consent.

12.2 Neither party may assign this Agreement without the prior written consent of the other party.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new written agreement, including the fees for the renewal period.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

13.3 If Customer terminates under clause 13.2, Provider shall refund the subscription fee paid for the part of the Subscription Year after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

15. GENERAL

15.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

15.2 Notices shall be given in writing to the addresses above, with a copy by e-mail to the contacts named by each party.

15.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly. Customer's payment obligations are suspended for any period in which the API cannot be used because of such an event.

15.4 This Agreement is made in English and Chinese. Both versions have equal effect.

Signed for Provider: ______________________

Signed for Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

DRAFTS = {
    "h992z01": dict(
        file="h992z01_propaganda_dept_volunteer_service_platform.pdf", src=Z01, language="zh", category="software",
        terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
               "PRC", "goods_or_licence"],
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1656000),
        prices=([860000, 642000, 118000, 36000], 1656000), payments=[20, 45, 35],
        fee_base=860000, forum_outside=False, design=[]),
    "h992z02": dict(
        file="h992z02_vacuum_cleaner_plant_line_control_retrofit.docx", src=Z02, language="zh", category="hardware",
        terms=[None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26, False, True, False,
               "PRC", "goods_or_licence"],
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=2100000),
        prices=([768000, 114000, 300000, 208000, 92000, 246000, 132000, 214000, 26000], 2100000),
        payments=[10, 55, 35], fee_base=1860000, forum_outside=False,
        design=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h992z03": dict(
        file="h992z03_performing_arts_school_booking_membership_saas.txt", src=Z03, language="zh", category="cloud",
        terms=[99.5, 0.5, True, "buyer", True, False, True, 500 / 540000 * 100, 200, None, True, None, None, None,
               False, True, False, "PRC", "service"],
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=540000),
        prices=([238000, 238000, 64000], 540000), payments=None, fee_base=None, forum_outside=False,
        design=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h992z04": dict(
        file="h992z04_transport_bureau_rockfall_warning_om_service.txt", src=Z04, language="zh", category="services",
        terms=[None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
               False, "PRC", "service"],
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
        prices=([121500] * 4, 486000), payments=None, fee_base=None, forum_outside=False,
        design=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h992z05": dict(
        file="h992z05_nixing_pottery_process_tracking_supplier_template.md", src=Z05, language="zh",
        category="software",
        terms=[None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None, False, True,
               None, None, "goods_or_licence"],
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                   contract_value=312000),
        prices=([168000, 126000, 18000], 312000), payments=[65, 35], fee_base=168000, forum_outside=False,
        design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h992e01": dict(
        file="h992e01_textile_lab_software_licence_gastonia_vendor.pdf", src=E01, language="en", category="software",
        terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
               "North Carolina", "goods_or_licence"],
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1738000),
        prices=([1280000, 410000, 48000], 1738000), payments=[20, 55, 25], fee_base=1280000, forum_outside=True,
        design=["CR-GOVERNING-LAW"]),
    "h992e02": dict(
        file="h992e02_learning_platform_saas_order_form_asheboro_vendor.md", src=E02, language="en",
        category="cloud",
        terms=[99.95, 0.5, True, "buyer", True, True, True, 600 / 850000 * 100, 200, None, True, None, None, None,
               True, True, True, "PRC", "service"],
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=850000),
        prices=([396000, 396000, 58000], 850000), payments=None, fee_base=None, forum_outside=False,
        design=["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
    "h992e03": dict(
        file="h992e03_paper_mill_condition_monitoring_sensors_new_bern_vendor.docx", src=E03, language="en",
        category="hardware",
        terms=[None, 0.5, True, "buyer", True, True, True, 0.1, 150, 25, True, True, 24, 8, False, True, False,
               "PRC", "goods_or_licence"],
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1600000),
        prices=([688000, 235200, 396000, 86800, 162000, 32000], 1600000), payments=[25, 50, 25], fee_base=1406000,
        forum_outside=False, design=[]),
    "h992e04": dict(
        file="h992e04_auto_parts_managed_it_services_ahoskie_vendor.md", src=E04, language="en",
        category="services",
        terms=[None, 0.25, True, "buyer", False, True, True, 2000 / 2540000 * 100, 6 / 36 * 100, None, True, None,
               None, None, False, True, False, "PRC", "service"],
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2540000),
        prices=([74000] + [68500] * 36, 2540000), payments=None, fee_base=None, forum_outside=False,
        design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h992e05": dict(
        file="h992e05_seed_breeding_agronomic_data_api_laurinburg_vendor.txt", src=E05, language="en",
        category="cloud",
        terms=[None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
               False, "PRC", "service"],
        extra=dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=596000),
        prices=([286000, 286000, 24000], 596000), payments=None, fee_base=None, forum_outside=False,
        design=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
EXPECTED_RISK = {"h992z01": "low", "h992z02": "high", "h992z03": "medium", "h992z04": "medium", "h992z05": "high",
                 "h992e01": "low", "h992e02": "medium", "h992e03": "low", "h992e04": "high", "h992e05": "high"}

# policy §3 thresholds (defaults)
AVAIL_MIN, P1_MAX_H, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = \
    99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(d):
    t = dict(zip(TERM_KEYS, d["terms"]))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (d["extra"]["contract_value"] + fees) * 100


def derive_rules(d):
    """My reading of policy §3, applied to the label."""
    t, x = dict(zip(TERM_KEYS, d["terms"])), d["extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX_H:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PWF_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold-figure scan

ZH_DIGIT = "零〇一二两三四五六七八九十百"
PATTERNS = [
    r"99\.9(?![\d])", r"99\.90+(?!\d)",                                              # availability 99.9 %
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![" + ZH_DIGIT + r"\d])[四4]个?小时",
    r"\bfour[\s-]*hours?\b",                                                          # 4 hours
    r"(?<![\d.])0?\.050*\s*%", r"万分之五(?![十百])", r"千分之零点五", r"(?<![\d.])0?\.050*\s*per\s*cent",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之(?:一)?百(?![分])", r"(?<![\d.])100\s*per\s*cent",
    r"one\s+hundred\s+per\s*cent",                                                    # 100 %
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<![\d.])30\s*per\s*cent",
    r"\bthirty\s+per\s*cent",                                                          # 30 %
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![" + ZH_DIGIT + r"])十二个?月", r"\btwelve[\s-]*months?\b",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"(?<![\d.])15\s*per\s*cent", r"\bfifteen\s+per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?<![\d.])40\s*per\s*cent",
    r"\bforty\s+per\s*cent",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![" + ZH_DIGIT + r"])五年", r"\bfive[\s-]*years?\b",  # TCO horizon
]
THRESH_RE = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "4 hours", "four-hour", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "12个月", "十二个月", "12 months", "twelve months", "15%", "百分之十五", "40%",
            "百分之四十", "5年", "五年", "five years", "5 years", "30 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.058%", "万分之五十", "130%",
             "1,000%", "2025年", "35%", "45%", "112 months", "18 months", "百分之三十五", "25%", "150%", "15 days",
             "十五日", "140,800", "CNY 30,000", "1.4 hours", "十四小时"]


def self_test():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s))


# ---------------------------------------------------------------------------------------------------------------
# Build and read back

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key, d):
    t = dict(zip(TERM_KEYS, d["terms"]))
    return {"file": d["file"], "language": d["language"], "category": d["category"], "expected_terms": t,
            "expected_extra": d["extra"], "expected_rules": sorted(d["design"])}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    # sources → files
    bin_targets, bin_sources = {}, {}
    for key, d in DRAFTS.items():
        ext = d["file"].rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            bin_targets[key] = (d["file"], ext)
            bin_sources[key] = d["src"]
        else:
            (OUT / d["file"]).write_text(d["src"], encoding="utf-8")
            print("wrote", d["file"])
    write(bin_sources, bin_targets, OUT, wrap_words=True)
    covered = set()
    print("%-8s %-5s %6s %6s  %-6s %s" % ("draft", "lang", "len", "tco%", "risk", "rules"))
    for key, d in DRAFTS.items():
        assert d["file"].startswith(key + "_"), d["file"]
        assert len(d["terms"]) == len(TERM_KEYS)
        t, x = dict(zip(TERM_KEYS, d["terms"])), d["extra"]
        items, total = d["prices"]
        assert sum(items) == total == x["contract_value"], (key, sum(items), total)
        if d["payments"]:
            assert sum(d["payments"]) == 100, key
            assert not set(d["payments"]) & {PREPAY_MAX, 15, 40, 100}, key
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        # label values against the thresholds
        assert t["availability_pct"] != AVAIL_MIN and t["p1_response_hours"] != P1_MAX_H
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - LD_MIN) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - CAP_MIN) > 1e-9
        assert t["prepayment_pct"] != PREPAY_MAX and t["warranty_months"] != WARRANTY_MIN
        assert t["post_warranty_fee_pct"] != PWF_MAX
        share = tco_share(d)
        assert share is None or abs(share - TCO_MAX) > 2, (key, share)
        # rules from the labels = design
        rules = derive_rules(d)
        assert rules == sorted(d["design"]), (key, rules, d["design"])
        assert risk(rules) == EXPECTED_RISK[key], key
        covered |= set(rules)
        # built file as read back
        text = read_back(OUT / d["file"])
        n = length(text, d["language"])
        lo, hi = (2750, 3000) if d["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        # label file
        (OUT / (d["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(key, d), ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-8s %-5s %6d %6s  %-6s %s" % (key, d["language"], n, "-" if share is None else "%.2f" % share,
                                              risk(rules), ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n_clean = [k for k, d in DRAFTS.items() if not d["design"]]
    assert sorted(n_clean) == ["h992e03", "h992z01"], n_clean
    assert 8 <= len(DRAFTS["h992z05"]["design"]) <= 10
    assert all(2 <= len(DRAFTS[k]["design"]) <= 3 for k in
               ["h992z02", "h992z03", "h992z04", "h992e02", "h992e04", "h992e05"])
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
