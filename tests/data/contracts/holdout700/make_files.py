"""holdout700: builds the ten blind held-out draft contracts from the sources below, writes their .json labels and
asserts lengths, threshold avoidance and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
THRESH = {"availability": 99.9, "response": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12,
          "pwf": 15, "tco": 40}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

Z01 = """T:计量器具检定业务管理平台采购合同
P:合同编号：JLY-ZC-2027-018　　政府采购项目编号：SJZC2027-0346
P:甲方（采购人）：某省计量科学研究院
P:乙方（供应商）：杭州衡准信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就计量器具检定业务管理平台的软件许可、定制开发、实施及培训事宜，经协商一致，订立本合同。本合同采用甲方合同文本，招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供检定业务管理平台软件（含委托受理、样品流转、检定记录、证书出具、标准器管理、收费结算六个模块）的永久使用许可，授权范围为甲方本部及下属六个分院，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：电子原始记录模板（覆盖压力、衡器、电能表、出租车计价器等二十八类器具）、证书二维码防伪查验、与省市场监管一体化平台及统一身份认证的接口、检定员资质与标准器有效期自动校核、移动端现场检定应用。
P:1.3 乙方负责系统部署、历史数据迁移（约四十六万条检定记录及证书）、试运行保障和用户培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾玖万元整（¥2,190,000.00），为含税固定总价，包括软件许可、开发、实施、培训、差旅及质保期内全部服务费用，甲方不再另行支付任何费用。
P:2.2 价格明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|1,160,000
TB:2|定制开发（记录模板、接口、移动端）|780,000
TB:3|部署实施及数据迁移|214,000
TB:4|培训|36,000
TB:合计||2,190,000
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百二十日内完成部署和全部定制开发，并提交初步验收申请。
P:4.2 乙方应按甲方认可的实施计划推进工作，每两周提交一次进度报告；关键节点延误的，应书面说明原因及补救措施。
P:4.3 甲方负责提供部署所需的服务器、数据库、网络环境和历史数据，并指定项目联系人协调各检定科室参与需求确认和测试。因甲方未按计划提供上述条件造成的延误，交付期限相应顺延，但乙方应及时书面提出。
P:4.4 乙方项目经理和技术负责人须为投标文件中承诺的人员，未经甲方同意不得更换；确需更换的，替换人员的资历不得低于原人员。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：需求规格说明书所列功能全部实现；二十八类电子原始记录模板经检定人员逐类试填无误；迁移数据经全量比对，记录数、证书编号及关键字段一致；接口联调连续十个工作日无数据丢失；三百名用户并发时常用页面响应时间不超过两秒。
P:5.2 初步验收合格后进入六十日试运行。试运行期间未发生一级故障且累计二级故障不超过三次，并经第三方机构完成安全测评、出具合格报告的，甲方组织最终验收，形成书面验收报告。
P:5.3 系统上线运行、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证及售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和远程技术支持。
P:6.2 故障分级及响应：一级故障（系统整体不可用、证书无法出具或数据错误）乙方应在30分钟内响应、两小时内到场、八小时内恢复；二级故障（单个模块不可用）乙方应在两小时内响应、二十四小时内解决；三级故障在三个工作日内解决。
P:6.3 乙方未按上述时限响应或恢复的，每迟延一小时扣减服务费八百元，从应付款或履约保证金中直接扣除。
P:6.4 质保期内乙方每季度进行一次系统巡检，检查运行日志、数据库容量、备份有效性和安全补丁情况，并提交巡检报告。国家计量技术规范修订时，乙方应免费调整相应的电子原始记录模板和证书格式。
P:6.5 质保期满后，如甲方需要继续维护，年度维护费不超过软件许可费的9%，即每年不超过人民币104,400元，该标准在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台产品的原有知识产权仍归乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的记录模板、接口程序、移动端应用及其源代码、设计文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码及编译说明。甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，如因侵权引起纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 检定记录、证书信息、客户信息及系统产生的全部数据属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或用于其他任何目的。
P:8.2 乙方应遵守网络安全等级保护的要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据导出至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方技术资料、业务信息、客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而免除，在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何义务转包或分包给第三方，也不得转让合同权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，互不承担违约责任。
H:第十三条 法律适用及争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份，具有同等法律效力。
P:14.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同附件包括：需求规格说明书、实施计划、验收测试方案、培训计划及乙方投标文件中的服务承诺。附件与正文不一致的，以正文为准。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　　　年　　月　　日
"""

Z02 = """T:伞骨成型及桐油涂刷生产线控制系统改造合同
P:合同编号：FSY-JG-2027-006
P:甲方（买方）：泸州分水油纸伞制造有限公司
P:乙方（卖方）：成都锦程智能装备有限公司
P:甲方拟对伞骨成型线和桐油涂刷线进行自动化控制改造，乙方具备相应的设备供货、软件开发和安装调试能力。双方依据《中华人民共和国民法典》，经友好协商，就设备及软件供货、安装调试、培训和售后维保事宜订立本合同，共同遵守。
H:一、改造范围
P:（一）伞骨成型线：更换PLC控制柜，加装伺服送料和自动穿线装置，实现伞骨长度、孔位和穿线张力的参数化控制。
P:（二）桐油涂刷线：加装浸刷工位温控及计量泵，桐油用量按伞面规格自动配比；烘干房加装温湿度闭环控制。
P:（三）加装伞面与伞骨视觉检测系统，对裂骨、漏刷、起皱、油斑进行在线识别和剔除。
P:（四）提供生产线控制软件，实现工单下发、工艺参数管理、设备状态监控、产量与质量统计，并与甲方现有ERP系统对接工单和产量数据。
H:二、合同价款
P:（一）本合同总价为人民币壹佰伍拾万元整（¥1,500,000），为含税价，包括设备、软件、运输、安装调试、培训及质保期内服务费用。
P:（二）分项价格见下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及电气改造（伞骨成型线）|1套|268,000
TB:2|伺服送料及自动穿线装置|6套|352,000
TB:3|浸刷工位温控及桐油计量泵|4套|186,000
TB:4|视觉检测系统（伞面及伞骨）|2套|214,000
TB:5|烘干房温湿度控制系统|2套|96,000
TB:6|生产线控制软件许可（永久）|1套|164,000
TB:软硬件小计|||1,280,000
TB:7|安装调试及ERP对接|1项|196,000
TB:8|操作及维护培训|1项|24,000
TB:合计|||1,500,000
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的20%作为预付款，乙方同时提交等额的预付款保函。
P:（二）全部设备到货并完成安装、单机调试后，甲方支付合同总价的45%。到货签收和安装完成仅表示数量清点无误，不视为验收。
P:（三）生产线通过最终验收后，甲方支付合同总价的35%。
P:（四）乙方每次请款前应开具合法有效的增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运抵甲方厂区，并在到货后三十日内完成安装和单机调试。
P:（二）改造施工应安排在甲方指定的停产窗口内进行，每条线停线时间不得超过十日，乙方应提前提交停线计划并经甲方确认。
P:（三）设备应采用适合长途运输和防潮的包装，视觉检测相机、光源等精密部件应单独装箱。设备运抵后由双方共同开箱清点，发现缺件、损坏或型号不符的，乙方应在七日内补齐或更换。
P:（四）因乙方原因导致停线时间超过约定的，乙方除按第十条承担违约金外，还应承担甲方为维持生产而临时增加的人工费用。
H:五、验收
P:（一）验收标准：伞骨长度误差不超过0.5毫米，孔位误差不超过0.3毫米；桐油用量与工艺配比偏差不超过3%；视觉检测对裂骨、漏刷的检出率不低于97%，误剔率不高于2%；烘干房温度波动在±2℃以内；工单和产量数据与ERP一致。
P:（二）两条生产线按上述标准连续满负荷运行二十日，无一级故障，经甲方生产、质量、设备三部门联合测试并签署验收报告，视为最终验收合格。
P:（三）安装完成、试生产或甲方使用设备，均不构成验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备零部件（易损件除外）和软件缺陷由乙方免费维修或更换。
P:（二）故障响应：一级故障（整线停机）乙方应在1小时内响应，八小时内到场处理；二级故障（单工位停机或检测失效）应在二十四小时内解决；其他问题在三个工作日内解决。
P:（三）乙方未按时响应或到场的，每迟延一小时向甲方支付五百元；因乙方原因造成整线停机超过二十四小时的，另按每日两千元支付赔偿。
P:（四）质保期满后，乙方提供维保服务，内容包括驻厂工程师一名、易损件更换、PLC程序和检测模型优化。年度维保费按软硬件小计的32%计取，即每年人民币409,600元，质保期满后三年内固定不变。
H:七、知识产权
P:（一）生产线控制软件的著作权归乙方所有，甲方取得永久、不可转让的使用许可。
P:（二）为本项目编写的PLC程序、视觉检测模型参数、ERP对接程序及其源代码归甲方所有，乙方应在验收时移交，甲方可自行修改和使用。
H:八、数据安全
P:（一）工艺参数、配方、产量及质量数据属于甲方所有，乙方不得用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方同意并通过甲方指定的VPN账号进行，不得将数据带离甲方系统。
P:（三）因乙方原因导致数据泄露或丢失的，乙方应在两小时内通知甲方、采取补救措施，并赔偿甲方全部损失。
H:九、保密
P:乙方对知悉的甲方桐油配方、制伞工艺和经营信息负有保密义务，未经甲方书面同意不得披露给第三方。本条在合同终止后三年内有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）乙方逾期超过四十五日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:十一、分包
P:乙方不得转包本合同。设备基础及线缆敷设等辅助工作如需分包，应事先征得甲方书面同意，乙方对分包部分承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）合同解除时，乙方应配合甲方恢复生产线的正常运行，已安装且经甲方确认可独立使用的设备按合同单价结算，其余设备由乙方拆除运回，已收款项相应退还。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交泸州仲裁委员会仲裁。
H:十四、现场施工与安全
P:（一）乙方人员进入甲方厂区应遵守甲方的安全生产、消防和劳动纪律规定，动火、登高及带电作业须事先办理作业许可。桐油及溶剂存放区严禁明火，乙方应为施工人员配备必要的劳动防护用品。
P:（二）乙方应对施工造成的设备、厂房和产品损坏承担修复和赔偿责任；施工中发生人身伤害的，由责任方承担相应责任。
P:（三）改造期间乙方应保留原有控制柜拆除件，经甲方确认后方可处置。
H:十五、培训与资料
P:（一）乙方应对甲方操作工、班组长和设备维修人员分别进行培训，培训不少于六天，培训后应使受训人员能够独立完成换型、参数调整和常见故障处理。
P:（二）乙方应在最终验收时提交设备说明书、电气原理图、PLC程序备份、视觉检测模型参数表、软件操作手册和备品备件清单各两套，并提供电子版。
P:（三）质保期内乙方应在甲方厂区储备伺服驱动器、相机、光源、温控模块等常用备件，保证故障时能够及时更换。
H:十六、不可抗力
P:因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z03 = """书画培训门店预约及会员管理云服务合同

合同编号：MY-IT-2027-011

甲方：苏州墨韵书画艺术培训连锁有限公司
乙方：上海课满满云科技有限公司

鉴于甲方在江苏、浙江两省经营三十五家书法、国画培训门店，需要统一的课程预约、排课、会员及储值管理系统，乙方提供相应的软件即服务（SaaS）平台。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方三十五家门店提供"课满满"教培云平台的使用权限，功能包括：
1. 课程及班级管理：书法、国画、硬笔等课程的课时包设置，班级容量、教室和教师排课；
2. 学员预约：微信小程序在线预约、调课、请假和补课，课前自动提醒；
3. 会员及储值：会员等级、储值卡、课时卡、积分及优惠券，跨门店通用消课；
4. 作品档案：学员作品拍照上传、点评和展示，家长端查看；
5. 经营报表：门店营收、课消、续费率、教师课时统计。
（二）乙方负责平台实施，包括三十五家门店的基础数据配置、原系统会员及储值余额迁移、与甲方财务系统的收款对账接口开发、门店店长和前台培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，每个服务年度为三百六十五日。

二、费用
（一）合同总额为人民币伍拾玖万元整（¥590,000），包括：
1. 平台年服务费：每店每年6,800元，三十五家门店每年238,000元，两个服务年度合计476,000元；
2. 实施费88,000元；
3. 会员及储值数据迁移费26,000元。
（二）上述费用已包含平台短信通知、小程序运维和数据存储费用，学员人数增长不另行收费。
（三）服务期内甲方新开门店的，按每店每年6,800元按月折算增加费用；关闭门店的，自次月起相应减少。

三、付款
（一）实施费和数据迁移费在上线验收合格后十五日内一次性支付。
（二）第一个服务年度的年服务费在上线验收合格后十五日内支付；第二个服务年度的年服务费在该服务年度开始后十五日内支付。
（三）乙方应在收款前开具增值税专用发票。本合同不设预付款。

四、实施与上线
（一）乙方应在合同签订后五十日内完成全部门店的配置、数据迁移和接口开发，具备上线条件。
（二）上线验收标准：需求清单所列功能全部可用；迁移后的会员人数、储值余额、剩余课时与原系统逐店核对一致，差异为零；收款对账接口连续七日对账无差错；小程序预约在五百人并发下响应时间不超过两秒。
（三）甲方应在收到上线验收申请后十个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方应在七日内整改并重新申请。门店试用不视为验收合格。
（四）上线采用分批切换方式，乙方应提交切换方案，明确每批门店的切换日期、原系统停用时间和回退措施。切换期间因系统原因造成学员无法消课或储值余额错误的，乙方应在当日核对更正。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应提前三日通知并安排在每日零点至六点之间，不计入不可用时间。
（二）故障分级：
1. 一级故障：平台无法登录、无法预约或无法消课，影响三家以上门店；乙方应在30分钟内响应，两小时内恢复；
2. 二级故障：单一功能异常或单店无法使用；乙方应在两小时内响应，八小时内恢复；
3. 三级故障：其他问题，在三个工作日内解决。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，减免当月服务费的5%；一级故障每超时一小时，减免当月服务费的2%。减免金额从下期应付费用中扣除。

六、数据安全与数据归属
（一）学员及家长的个人信息、会员储值记录、作品图片和经营数据均属于甲方所有。乙方仅为向甲方提供服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应采取加密存储、访问控制、操作日志留存等措施保护数据安全，符合个人信息保护法律法规的要求。
（三）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方，配合调查处置，并承担因此给甲方造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并提供给甲方，随后删除其系统中的甲方数据并出具删除证明。

七、知识产权
（一）平台本身的知识产权归乙方所有。
（二）为甲方定制开发的财务对账接口、专属报表及小程序页面设计归甲方所有，乙方应提供源代码及说明文档。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

九、违约责任
（一）乙方未按第四条约定时间具备上线条件的，每逾期一日按合同总额的万分之六支付违约金。
（二）乙方对本合同项下的累计赔偿责任，以合同总额的两倍为限，但因数据泄露或故意、重大过失造成的损失除外。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（四）因乙方原因导致储值余额或课时数据错误的，乙方应在发现后两日内协助甲方核对更正，并承担由此向学员退款或补偿的费用。

十、培训与支持
（一）乙方应在上线前为每家门店的店长和前台人员提供不少于两次线上培训，并为甲方总部运营人员提供一次现场培训，提供操作手册和视频教程。
（二）服务期内乙方提供工作日九点至二十一点的在线客服支持，周末及节假日提供值班支持，门店在排课高峰期提出的问题应优先处理。
（三）乙方每季度向甲方提交一次服务报告，内容包括可用率、故障处理、功能更新和数据备份情况。
（四）平台功能升级不得降低甲方已使用功能的可用性；涉及会员储值规则的调整，须提前十五日通知甲方并经甲方确认。

十一、甲方义务
（一）甲方应指定项目负责人，协调各门店提供课程、教师、教室和会员的基础资料，并保证所提供资料真实完整。
（二）甲方应按照个人信息保护法律法规的要求，在门店和小程序中告知学员及家长个人信息的收集目的和使用范围，并取得必要的同意；未成年学员的信息应取得其监护人同意。
（三）甲方应妥善保管管理员账号，门店人员离职时及时停用其账号。因甲方账号管理不善造成的损失，由甲方自行承担。

十二、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一年，可多次续期。续期期间的年服务费由乙方根据市场情况和产品版本调整确定，并于续期前通知甲方，甲方应按调整后的标准付费。

十三、分包
乙方不得将本合同项下的服务转包。如需将部分实施工作分包，须事先取得甲方书面同意。

十四、合同解除
（一）乙方严重违约，或连续两个月月可用率低于承诺值的，甲方有权书面通知解除合同，乙方应退还未使用服务期的费用。
（二）甲方逾期付款超过六十日经催告仍未支付的，乙方有权暂停服务。

十五、法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十六、其他
（一）本合同附件包括：功能清单、实施计划、数据迁移方案和服务水平说明，附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：
签订日期：　　　　年　　月　　日
"""

Z04 = """森林消防火场通信保障系统年度运维服务合同

合同编号：SLXF-TX-2027-03

甲方：某省森林消防总队某支队
乙方：昆明讯达应急通信技术有限公司

为保障森林火灾扑救期间指挥通信畅通，甲方委托乙方对其火场通信保障系统提供年度运行维护服务。双方根据《中华人民共和国民法典》及有关规定，经协商一致，签订本合同。

第一条 服务对象
（一）甲方火场通信保障系统，包括：支队指挥中心通信调度平台一套，卫星便携站六套，370MHz窄带数字集群基站九座及中继台十四台，宽带自组网单兵及车载设备一百二十台，无人机中继载荷四套，应急通信指挥车两辆的车载通信系统。
（二）设备清单、安装位置及配置参数见附件一，附件一为本合同组成部分。

第二条 服务期限
服务期一年，自2027年4月1日起至2028年3月31日止。每年三月至六月及十月至年底为森林防火紧要期。

第三条 服务内容
（一）驻场运维：乙方派两名具备无线通信和卫星通信经验的工程师常驻支队指挥中心，工作日正常值守，防火紧要期实行二十四小时轮班。
（二）季度巡检：每季度对全部基站、中继台、卫星便携站和自组网设备进行一次巡检，包括发射功率、驻波比、电池容量、天馈系统、防雷接地和软件版本检查，并出具巡检报告。
（三）故障处理：按第四条约定的时限响应和修复故障，必要时提供备用设备保障通信不中断。
（四）备品备件：乙方储备附件二所列备件，损坏部件由乙方免费更换，备件费用已含在服务费中。
（五）应急通信保障：发生森林火灾时，乙方应在接到甲方通知后两小时内派出不少于四人的保障小组，携带备用卫星便携站随队到达前线指挥部，保障至火灾扑灭。
（六）协助甲方开展通信演练每年不少于两次，并对甲方通信员进行操作培训。
（七）根据设备厂家发布的版本，经甲方同意后对调度平台和集群设备进行软件升级，升级前应制定回退方案并在非紧要期实施。

第四条 服务水平
（一）故障分为三级：
一级故障：指挥中心与火场前线指挥部之间通信中断，或卫星便携站、集群网络整体不可用；
二级故障：单个基站、中继台或单套卫星便携站故障，通信未整体中断；
三级故障：单台终端或非关键功能故障。
（二）响应及修复时限：一级故障20分钟内响应，两小时内到场或启用备用链路，六小时内修复；二级故障一小时内响应，二十四小时内修复；三级故障在三个工作日内修复。
（三）乙方未达到上述时限的，一级故障每超时一小时扣减当季服务费一千元，二级故障每超时一小时扣减当季服务费三百元；全年因乙方原因发生三次以上一级故障超时的，甲方可另行要求乙方更换驻场人员。

第五条 服务费用
（一）本合同总价为人民币捌拾叁万陆仟元整（¥836,000），包括：驻场运维336,000元，季度巡检148,000元，备品备件212,000元，应急通信保障140,000元。
（二）上述费用为固定总价，包括人员、交通、食宿、工具仪表及税费，服务期内不作调整。

第六条 付款方式
服务费按季度支付，每季度209,000元。每季度结束后，甲方按第七条进行考核，考核合格后二十日内支付当季费用，扣减款项从当季费用中直接扣除。

第七条 考核与验收
（一）每季度末，甲方依据巡检报告、故障记录和值守记录对乙方进行考核。考核标准：巡检覆盖率达到全部设备；一级故障全部按时修复；备件库存与台账一致；驻场人员按排班到岗，无擅自离岗记录。
（二）服务期满后，甲方对全年服务进行总体验收，乙方应提交全年运维总结、设备状态台账及遗留问题清单。考核或验收不合格的，乙方应在十日内整改。

第八条 数据安全
（一）通信记录、频率配置、台站参数、人员位置信息及演练资料均属于甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
（二）乙方驻场人员应签署安全责任书，使用甲方提供的专用终端操作，严禁将设备接入互联网或使用个人存储介质。
（三）发生数据泄露或丢失的，乙方应立即报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 人员要求
（一）乙方驻场工程师应具有无线电通信或卫星通信相关专业背景，从事应急通信运维工作三年以上，并持有相应的上岗证书；人员名单和证件复印件应在服务开始前报甲方备案。
（二）乙方人员应服从甲方的营区管理和值班制度，不得擅自离岗；需要更换驻场人员的，应提前十日书面通知甲方并完成工作交接，防火紧要期内原则上不得更换。
（三）乙方应为其人员办理意外伤害保险，随队保障期间乙方人员的安全防护装备由乙方负责配备。

第十条 甲方义务
（一）甲方应为驻场人员提供必要的办公场所、值班室和工作终端，并及时提供设备台账、网络拓扑及历史故障记录。
（二）甲方应指定通信科专人负责与乙方对接，对乙方提交的巡检报告和故障处理记录在五个工作日内确认。
（三）甲方组织演练或发生火情时，应及时通知乙方保障需求和集结地点。
（四）甲方应按时支付服务费，并为乙方人员进出营区、前往基站站址办理必要的通行手续；因甲方原因无法进场的时间，不计入乙方的响应和修复时限。

第十一条 报告制度
乙方应每月五日前提交上月运维月报，内容包括值守情况、故障统计及处理、备件消耗、设备状态和改进建议；每次应急通信保障结束后五日内提交保障总结。重大故障处理完毕后二十四小时内提交故障分析报告。

第十二条 保密
乙方及其人员对在服务过程中知悉的部队通信组网、频率、驻地和行动信息承担保密义务，未经甲方书面同意不得以任何方式泄露。乙方应对驻场人员进行保密教育，本条义务在合同终止后长期有效。

第十三条 知识产权
乙方在服务过程中形成的巡检报告、设备台账、配置文件、应急通信预案等成果归甲方所有。

第十四条 分包
乙方可以将铁塔基站、中继台的登高巡检及天馈维修工作分包给具备相应资质的第三方单位，但应提前五个工作日书面告知甲方分包单位名称和人员名单。乙方对分包单位的工作质量负责。

第十五条 违约责任
（一）乙方未按约定完成季度巡检、故障整改或备件更换的，每迟延一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方在火灾应急保障中未按时派出保障小组的，每次支付违约金五千元。
（三）甲方无正当理由逾期付款的，按应付金额每日万分之三支付违约金。

第十六条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正，或季度考核连续两次不合格的，甲方有权解除合同，并按实际服务期结算费用。
合同解除后，乙方应在十日内完成设备台账、配置文件、备件和资料的移交，并配合甲方新的服务单位完成交接，交接期间不得中断值守。

第十七条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
（一）服务期满，本合同自然终止，不自动续期。甲方如需继续采购运维服务，按规定重新组织采购。
（二）本合同附件包括：设备清单及配置参数、备品备件清单、应急通信保障预案。
（三）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z05 = """# 竹制品生产追溯系统软件许可及开发合同

（竹链科技标准合同文本 ZL-HT-V3.0）

合同编号：ZL2027-AJ-0215

甲方：安吉竹韵凉席有限公司

乙方：益阳竹链信息科技有限公司

甲方因凉席生产管理需要，向乙方采购"竹链"竹制品生产追溯系统的软件许可，并委托乙方进行定制开发和实施。双方本着平等互利的原则，经协商一致，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供"竹链"生产追溯系统标准版软件的永久使用许可，包括原竹入库、蒸煮碳化、剖片、磨片、编织、包边、质检、包装、出库九个工序的数据采集和批次管理功能。

1.2 乙方根据甲方需求进行定制开发，内容包括：剖片机和编织机产量的自动采集接口；竹片规格及色差等级的扫码录入；编织工按件计酬统计；成品凉席"一席一码"追溯标签生成及消费者扫码查询页面；与甲方现有财务软件的出入库数据对接。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。扫码枪、标签打印机等硬件由甲方自行采购。

1.4 系统部署在甲方自有服务器上，服务器、操作系统和数据库由甲方提供，乙方负责安装和配置应用软件。

## 第二条 合同金额

2.1 本合同总金额为人民币捌拾万零贰仟元整（¥802,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯系统标准版软件许可（永久） | 420,000 |
| 2 | 定制开发（采集接口、扫码录入、计件统计、追溯查询、财务对接） | 310,000 |
| 3 | 安装部署及数据初始化 | 58,000 |
| 4 | 操作培训 | 14,000 |
| | 合计 | 802,000 |

2.2 上述金额不含甲方另行要求的需求变更费用。需求变更按乙方人天单价每人天2,600元另行计费。

2.3 乙方应在每次收款前向甲方开具增值税普通发票；甲方需要专用发票的，应提前书面告知。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的55%，即人民币441,100元。

3.2 系统安装上线后五个工作日内，甲方支付合同总金额的45%，即人民币360,900元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停实施和技术服务，工期相应顺延。

## 第四条 实施周期

4.1 乙方计划在收到首付款后九十日内完成系统部署和定制开发。

4.2 实施周期为乙方的计划时间，因需求调整、甲方配合不及时、生产旺季无法停机调试等原因造成的延期，乙方不承担责任。项目延期的，乙方不承担任何违约金或赔偿责任，双方协商调整实施计划。

4.3 甲方应在合同签订后十日内指定项目联系人，提供各工序的工艺流程、竹片规格和色差分级标准、编织工名册及计件单价、产品编码规则等基础资料，并安排生产车间配合现场调研和设备接线。

4.4 剖片机、编织机的数据采集需要甲方设备具备通信接口或允许加装采集模块。甲方设备不具备条件的，乙方可以提供人工录入方式替代，不视为乙方未完成定制开发。

## 第五条 上线与验收

5.1 系统安装部署完成并投入上线运行，即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在后续维护中予以处理，不影响验收结论和付款。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

6.2 甲方在使用中遇到故障的，可通过电话、微信或工单方式报告，乙方将尽快安排技术人员处理，具体处理时间视故障情况而定。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费用按乙方当年公布的价格标准执行。未签订维护协议的，乙方不再提供升级和技术支持。

6.4 下列情况不属于免费维护范围：甲方擅自修改系统或数据库；甲方硬件、网络或操作系统故障；因停电、病毒或人为误操作造成的问题；甲方新增的功能需求。乙方可应甲方要求协助处理，费用另计。

## 第七条 培训与需求变更

7.1 乙方在系统部署完成后为甲方提供两天的集中操作培训，培训对象为甲方管理人员、仓库人员及各工序班组长。培训以外的现场指导按乙方人天单价另行计费。

7.2 甲方在实施过程中提出新增或调整需求的，应以书面形式提交乙方。乙方评估工作量后出具变更报价，经甲方确认后实施，实施周期相应顺延。

7.3 双方确认的需求说明书为定制开发的依据，需求说明书未列明的功能不属于本合同范围。

## 第八条 知识产权

8.1 "竹链"生产追溯系统及其相关文档的知识产权归乙方所有。

8.2 乙方为本项目开发的采集接口、扫码录入程序、计件统计模块、追溯查询页面及其源代码等全部定制开发成果，知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据、订单数据及员工信息归甲方所有。

9.2 乙方应采取防火墙、权限控制、数据备份等必要的技术措施保障系统数据安全。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应的赔偿责任。

9.3 甲方同意，乙方有权对甲方的生产数据进行脱敏处理后，用于乙方产品改进、行业分析报告及为其他客户提供的工艺参考服务。

## 第十条 保密

10.1 双方对在合作过程中获悉的对方商业秘密和技术信息承担保密义务，未经对方书面许可不得向第三方披露，但法律法规另有规定的除外。

10.2 本条保密义务在合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

12.2 甲方解除合同的，乙方已收取的款项中对应已完成工作的部分不予退还。

12.3 合同解除后，甲方应停止使用定制开发成果，并删除乙方提供的软件副本；标准版软件许可按已付款项确定是否继续有效。

## 第十三条 不可抗力

13.1 因不可抗力或网络运营商、云服务商故障等非乙方原因导致合同不能履行或延迟履行的，乙方不承担责任。

13.2 受影响一方应在不可抗力发生后及时通知对方，并在事后提供相关证明。

13.3 不可抗力事件影响消除后，双方应继续履行本合同，实施周期按影响时间相应顺延。因不可抗力导致合同无法继续履行的，双方可协商解除合同，已完成工作的款项按实际完成情况结算。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 双方的通知以本合同首页载明的地址、电话和电子邮箱送达，一方变更联系方式的，应及时书面通知对方。

15.3 本合同文本为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NDN-HN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between PT Nyiur Data Nusantara, a limited liability company established under the laws of the Republic of Indonesia with its registered office at Jalan Piere Tendean, Manado, North Sulawesi (the "Supplier"), and Hainan Yelin Coconut Foods Co., Ltd., a company established in the People's Republic of China with its registered office in Haikou, Hainan Province (the "Buyer").
P:The Buyer processes coconuts into coconut milk, desiccated coconut and coconut water at two plants in Wenchang and Haikou and wishes to introduce a traceability and plant-maintenance system. The Supplier agrees to license and implement its system on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's NyiurTrace software, version 5, comprising the raw-material intake, batch tracking, quality laboratory, plant maintenance and reporting modules, in object code, with its user and administration documentation.
P:1.2 "Custom Deliverables" means the software, configurations, interfaces, report templates and documents created by the Supplier specifically for the Buyer under this Agreement, as described in Article 3.2.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including supplier, farmer, batch, laboratory, maintenance and production records.
P:1.4 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 6.
H:Article 2 Licence
P:2.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software at the Buyer's two plants and head office, for an unlimited number of named users and for the Buyer's internal business purposes.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may allow its contractors to use the Software on its behalf.
P:2.3 The Supplier shall deliver the Software by secure download within fifteen days after the Effective Date, together with licence keys valid without time limit.
H:Article 3 Services
P:3.1 The Supplier shall install and configure the Software on servers provided by the Buyer in its Haikou data room, and migrate the Buyer's existing spreadsheets of farmer contracts and batch records.
P:3.2 The Supplier shall develop the following Custom Deliverables: an interface to the Buyer's ERP for purchase orders, goods receipts and finished-goods stock; an interface to the weighbridges at both plants; a mobile application for intake inspectors recording moisture, husk and kernel grades; export labels with batch QR codes for customers in Europe; and a set of twenty management reports.
P:3.3 The Supplier shall train the Buyer's key users and administrators for at least sixteen training days.
P:3.4 The Supplier shall complete all services and request Provisional Acceptance within one hundred and fifty days after the Effective Date, in accordance with the project plan attached as Annex 2.
H:Article 4 Price
P:4.1 The total price of this Agreement is RMB 1,860,000 (one million eight hundred and sixty thousand yuan), inclusive of applicable taxes, made up as follows:
TB:Item|Description|Amount (RMB)
TB:1|NyiurTrace perpetual licence, five modules|1,260,000
TB:2|Implementation, interfaces, mobile application and reports|540,000
TB:3|Training|60,000
TB:Total||1,860,000
P:4.2 The price is fixed. Travel and accommodation of the Supplier's staff are included. No other charges shall be payable for the scope described in Articles 2 and 3.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the total price as an advance within twenty days after signature and receipt of a valid invoice.
P:5.2 The Buyer shall pay 45% of the total price within twenty days after Provisional Acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the total price within twenty days after Final Acceptance.
P:5.4 Payments shall be made in RMB by bank transfer.
H:Article 6 Acceptance
P:6.1 Provisional Acceptance takes place when the Software and all Custom Deliverables have passed the acceptance tests in Annex 3, which shall verify at least that: every function in the functional specification works as described; a batch of finished goods can be traced back to the farmer deliveries and intake grades in under three seconds; weighbridge readings reach the Software without loss; ERP postings reconcile with the Software for ten consecutive working days; and the system supports one hundred and twenty concurrent users with page responses under two seconds.
P:6.2 After Provisional Acceptance the system shall run in production for a trial period of sixty days. Final Acceptance takes place when, during the trial period, no Severity 1 incident has occurred and no more than three Severity 2 incidents have occurred, and the Buyer has signed the Final Acceptance certificate.
P:6.3 Installation, go-live, use of the Software in production or any payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect within ten days and the test shall be repeated at the Supplier's cost.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the specification for a warranty period of eighteen (18) months from Final Acceptance. During the warranty period the Supplier shall correct defects, provide new releases and provide remote and on-site support free of charge.
P:7.2 Incidents are classified as follows. Severity 1: the system or a plant's intake or traceability is unavailable. Severity 2: a module or interface does not work and there is no workaround. Severity 3: any other defect.
P:7.3 The Supplier shall respond to a Severity 1 incident within one (1) hour and provide a workaround or fix within eight hours, and shall respond to a Severity 2 incident within two hours and fix it within two working days.
P:7.4 For each hour by which the Supplier exceeds a response or fix time for a Severity 1 incident, the Supplier shall credit the Buyer RMB 1,000, and for a Severity 2 incident RMB 400, to be deducted from the next payment or paid within thirty days.
P:7.5 After the warranty period, the Supplier shall provide annual support on the same terms for an annual fee of 11% of the licence price, that is RMB 138,600 per year. This fee is fixed for the first three years after the warranty period and may thereafter be adjusted only by written agreement. The Buyer may decide each year whether to renew support.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Supplier.
P:8.2 All intellectual property rights in the Custom Deliverables, including source code, belong to the Buyer from creation. The Supplier shall deliver the source code and build documentation of the Custom Deliverables at Final Acceptance. The Buyer may use, modify and license them freely.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 All Buyer Data belongs to the Buyer. The Supplier may access and use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Supplier shall access the Buyer's systems only through accounts and remote-access tools approved by the Buyer, shall not transfer Buyer Data out of the People's Republic of China, and shall comply with the Buyer's information security policies and applicable data-protection laws.
P:9.3 The Supplier shall notify the Buyer within two hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all measures necessary to contain it, and shall be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including recipes, process parameters, prices and supplier lists, and shall use it only for this Agreement.
P:10.2 This Article survives termination of this Agreement for five years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Supplier fails to request Provisional Acceptance by the date in Article 3.4 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 The Supplier's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breaches of Articles 9 and 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach their maximum.
P:13.2 Either party may terminate this Agreement if the other party becomes insolvent. On termination before Final Acceptance, the Supplier shall refund amounts paid for services not performed.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Indonesian National Board of Arbitration (BANI) in Jakarta, in the English language, by three arbitrators.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties; amendments must be in writing.
P:15.2 This Agreement is made in two originals in English, one for each party, and takes effect on the date of signature by both parties (the "Effective Date").
P:Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Acceptance tests.
P:For the Supplier: ____________________    For the Buyer: ____________________
"""

E02 = """# SaaS Order Form and General Terms

**Order Form No. SC-CN-27-0093**

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Vendor and the Customer named below. If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Parties

- **Vendor:** PT Sasando Cloud Indonesia, Jalan El Tari No. 17, Kupang, East Nusa Tenggara, Indonesia.
- **Customer:** Xiamen Lanhai Aquafeed Co., Ltd., Haicang District, Xiamen, Fujian Province, People's Republic of China.

### A2. Service

FieldOps, the Vendor's cloud field-service management application, in the Professional edition, including work-order scheduling, a technician mobile app with offline mode, farm and pond records, feeding-advice visit reports, spare-parts stock for service vans, customer signature capture and management dashboards. The Service is hosted in a data centre in the People's Republic of China operated by the Vendor's hosting provider.

### A3. Subscription Term and Users

- **Subscription Term:** twenty-four (24) months, made up of two Subscription Years, starting on the Service Start Date.
- **Service Start Date:** the date on which the Vendor makes the production tenant available to the Customer, planned for 1 March 2027.
- **Users:** 150 named users (technical service engineers, dispatchers and managers). Additional users may be ordered at the per-user rate below, pro rata for the rest of the Subscription Term.

### A4. Fees

| Item | Basis | Fee (RMB) |
|---|---|---|
| FieldOps Professional subscription, Subscription Year 1 | 150 users x RMB 220 per user per month | 396,000 |
| FieldOps Professional subscription, Subscription Year 2 | 150 users x RMB 220 per user per month | 396,000 |
| Onboarding (configuration, data import, ERP connector, training) | fixed, one-off | 64,000 |
| **Total for the Subscription Term** | | **856,000** |

All fees are in RMB and include VAT. Fees for each Subscription Year are fixed for that year.

### A5. Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty (30) days of the invoice date.
- The onboarding fee is invoiced after Onboarding Acceptance under Section 3 of Part B and is payable within thirty (30) days of the invoice date.
- No other amount is payable before the Service Start Date.

### A6. Special Terms

- **Onboarding completion date:** the Vendor shall complete onboarding and request Onboarding Acceptance within sixty (60) days after signature of this Order Form.
- **Customer contacts:** IT manager (contract owner) and head of technical service (business owner).
- **Language:** English; the user interface is provided in simplified Chinese.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the application described in A2, including its mobile apps, updates and documentation.

1.2 "Customer Data" means all data, files and records submitted to the Service by or for the Customer or its users, including farmer and pond records, visit reports, photographs and signatures, and all output derived from them for the Customer.

1.3 "Subscription Year" means the one-year period starting on the Service Start Date and the one-year period starting on its first anniversary.

### 2. Provision of the Service

2.1 The Vendor shall make the Service available to the Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Vendor may update the Service from time to time, provided that an update does not materially reduce its functionality or security.

2.3 The Customer shall use the Service only for its internal business and shall keep its user credentials secure.

### 3. Onboarding and Acceptance

3.1 The Vendor shall configure the Service for the Customer's service regions, import the Customer's existing farm, pond and equipment records, build the connector to the Customer's ERP for spare-parts issues and service orders, and train dispatchers and key users.

3.2 Onboarding Acceptance takes place when the Customer confirms in writing that: all imported records reconcile with the source files by count and key fields; the ERP connector has posted service orders and spare-parts issues without error for five consecutive working days; the mobile app works offline and synchronises without data loss; and the functions listed in A2 work as described in the documentation. The Customer shall test within ten working days after the Vendor's request. Use of the Service by some users before that date does not constitute acceptance.

3.3 If the Vendor does not request Onboarding Acceptance by the completion date in A6 for reasons attributable to it, the Vendor shall pay the Customer RMB 650 for each day of delay, up to RMB 32,000, as liquidated damages.

### 4. Service Levels

4.1 The Vendor targets a monthly availability of 99.95% for the production Service, excluding planned maintenance announced at least three days in advance and carried out between 00:00 and 06:00 China Standard Time.

4.2 Support requests are prioritised by the Customer. For a Priority 1 request (the Service is unavailable or the mobile app cannot synchronise for all users) the Vendor shall respond within one (1) hour, twenty-four hours a day, and work continuously until the Service is restored. For a Priority 2 request the Vendor shall respond within eight hours during business hours.

4.3 The service levels in this Section are targets. No service credits, fee reductions, refunds or other financial remedies apply if a target is not met. The Vendor shall report its monthly availability to the Customer on request.

### 5. Customer Data and Data Security

5.1 As between the parties, the Customer owns all Customer Data. The Vendor processes Customer Data only to provide the Service and support to the Customer and for no other purpose, and does not use it to train models, benchmark or build products for others.

5.2 The Vendor shall keep Customer Data in data centres in the People's Republic of China, encrypt it in transit and at rest, restrict access to personnel who need it, keep access logs for at least one year, and test its backup restoration at least twice a year.

5.3 The Vendor shall notify the Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take the steps needed to contain and remedy it, and shall compensate the Customer for losses caused by its failure to comply with this Section.

5.4 On expiry or termination, the Vendor shall make a full export of Customer Data available in CSV and JSON format for sixty days and shall then delete it and confirm the deletion in writing.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

### 7. Intellectual Property

7.1 The Vendor retains all rights in the Service and its standard configuration templates.

7.2 The ERP connector and any report or configuration developed specifically for the Customer belong to the Customer, and the Vendor shall deliver their source code or configuration export on request. The Customer may use and modify them freely.

### 8. Subcontractors

8.1 The Vendor may subcontract any part of the Service, including hosting, support and onboarding, and may engage sub-processors, by notifying the Customer in writing of the subcontractor's name and role. The Vendor remains responsible for its subcontractors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six (6) months immediately preceding the event giving rise to the claim.

### 10. Term, Renewal and Termination

10.1 This Agreement runs for the Subscription Term. It then renews for one further Subscription Year at the same fees unless either party gives written notice of non-renewal at least sixty days before the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund prepaid fees for the period after termination.

10.3 The Vendor may suspend the Service if undisputed fees remain unpaid sixty days after their due date and after a further written reminder.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be in writing and sent to the contacts named in A6 by courier or email with confirmation of receipt.

12.2 Neither party may assign this Agreement without the other party's written consent.

Signed for the Vendor: ____________________ Signed for the Customer: ____________________
"""

E03 = """T:Purchase Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. XSBW-PC-2027-021
P:Buyer: Ningbo Xiangshan Bluewater Aquaculture Co., Ltd., Xiangshan County, Ningbo, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: PT Maluku Sensor Teknik, Jalan Pattimura No. 42, Ambon, Maluku, Indonesia (the "Supplier").
P:The Buyer farms large yellow croaker in sea cages and shrimp in onshore ponds and wishes to monitor water quality continuously. This contract is made on the Buyer's standard terms for equipment and software purchases. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, weather stations and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's AquaWatch monitoring software, including its web console, mobile app and alarm engine.
P:1.3 "Deliverables" means the Equipment, the Software and all configurations, dashboards, interfaces and documents provided under this contract.
P:1.4 "Buyer Data" means all measurements, alarms, farm records and other data collected or generated by the Equipment or the Software for the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply, install and commission the Equipment at the Buyer's sea-cage site at Xihu Harbour and at its pond farm at Dingtang, and deliver, install and configure the Software on the Buyer's servers.
P:2.2 The Supplier shall develop an interface that sends aeration commands from the Software to the Buyer's existing aerator controllers when dissolved oxygen falls below the set points configured by the Buyer, and an interface to the Buyer's feeding records.
P:2.3 The Supplier shall train the Buyer's farm supervisors and IT staff.
H:3. Price
P:3.1 The contract price is RMB 1,680,000 (one million six hundred and eighty thousand yuan), including VAT, packing, shipping to site, import duties, installation and all services in this contract. The price is fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (RMB)|Amount (RMB)
TB:1|Dissolved-oxygen and temperature sensor with anti-fouling wiper|120|6,800|816,000
TB:2|Solar-powered LoRa/4G gateway|24|9,500|228,000
TB:3|Compact weather station|8|21,000|168,000
TB:4|AquaWatch monitoring software, perpetual licence|1|286,000|286,000
TB:Subtotal equipment and licence|||1,498,000
TB:5|Installation, commissioning and interfaces|1|164,000|164,000
TB:6|Training|1|18,000|18,000
TB:Contract price||||1,680,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price as an advance within fifteen working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:4.2 The Buyer shall pay 55% of the contract price within fifteen working days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price within fifteen working days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the two sites within seventy days after signature and complete installation and commissioning within thirty days after delivery.
P:5.2 Risk in the Equipment passes to the Buyer on delivery at site; title passes on payment of the clause 4.2 instalment.
H:6. Acceptance
P:6.1 Final Acceptance requires that: every sensor is calibrated against the Buyer's reference meter with a dissolved-oxygen error of no more than 0.2 mg/L and a temperature error of no more than 0.2 degrees Celsius; data from every sensor reaches the Software at the configured interval with a loss rate below 0.5% over thirty consecutive days; a low-oxygen alarm reaches the duty supervisor's phone within sixty seconds and the aerator command is executed; the Software functions listed in Annex 1 work as specified; and the Buyer signs an acceptance certificate.
P:6.2 Installation, trial operation or use of the Deliverables does not constitute acceptance. If a test fails, the Supplier shall remedy the defect within ten days and repeat the test at its own cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor membranes and wipers that fail in normal use, and correct Software defects free of charge.
P:7.2 Incidents are classified as Priority 1 (an alarm or the whole site is not monitored), Priority 2 (one or more sensors or a gateway are not reporting) and Priority 3 (other problems).
P:7.3 The Supplier shall respond to a Priority 1 incident within one (1) hour at any time, and restore monitoring within eight hours, if necessary with spare sensors kept at the Buyer's site; Priority 2 incidents shall be resolved within two days and Priority 3 incidents within five working days.
P:7.4 For every hour by which a Priority 1 response or restoration time is exceeded, the Supplier shall pay the Buyer RMB 500, which the Buyer may deduct from any amount due.
P:7.5 After the warranty period, the Supplier shall offer annual support with the same scope and service levels for an annual fee of 8% of the equipment and licence subtotal, that is RMB 119,840, fixed for the first two years after the warranty period. The Buyer decides each year whether to order support.
P:7.6 The Supplier shall keep spare parts and consumables for the Equipment available for at least seven years after Final Acceptance and shall notify the Buyer at least six months before any model is discontinued, offering a compatible replacement.
P:7.7 Sensor membranes, electrolyte and wiper blades are consumables after the warranty period. The Supplier shall supply them at the prices in Annex 3, which may not be increased by more than the published consumer price index for the previous year.
H:8. Buyer's Obligations
P:8.1 The Buyer shall provide safe access to the cages by boat, mooring points for the gateways, space in its server room, a power supply at each pond and the network connections described in Annex 2.
P:8.2 The Buyer shall name a project manager and make its farm supervisors available for calibration, alarm testing and training on dates agreed in the installation plan.
P:8.3 If the Buyer's obligations are not met on time, the delivery and installation dates are extended by the period of the resulting delay, provided the Supplier has notified the Buyer in writing without delay.
H:9. Intellectual Property
P:9.1 The Software remains the Supplier's property; the Buyer receives a perpetual, irrevocable licence to use it for its farming operations.
P:9.2 The interfaces, configurations, dashboards and documents made for the Buyer under clause 2.2 belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source code at Final Acceptance.
H:10. Data Ownership and Data Security
P:10.1 All Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this contract and shall not disclose, sell or otherwise use it, in identifiable, aggregated or anonymised form.
P:10.2 The Equipment and the Software shall send data only to the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN with individual accounts.
P:10.3 The Supplier shall report any security incident affecting Buyer Data within two hours, take all reasonable steps to contain it and compensate the Buyer for the resulting loss.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's farms, stock, feeding, yields and customers, and shall not disclose it to any third party without the Buyer's written consent. This clause survives for five years after the end of the contract.
H:12. Liquidated Damages and Liability
P:12.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, it shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:12.2 The Supplier's total liability under this contract is limited to 200% of the contract price, except for personal injury, wilful misconduct, infringement and breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the contract without the Buyer's prior written consent. Local installation crews require such consent and remain under the Supplier's responsibility.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier materially breaches it and fails to remedy the breach within fifteen days after notice, or if delay damages reach their maximum. The Supplier shall then refund all amounts paid for undelivered or unaccepted Deliverables.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be settled by negotiation and, failing that, by the competent people's court at the Buyer's domicile in Ningbo.
H:16. General
P:16.1 This contract is made in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:16.2 Notices under this contract shall be in writing and delivered by courier or by email with confirmation of receipt to the addresses stated above. Either party may change its address by notice.
P:16.3 Neither party may assign this contract without the prior written consent of the other party. Amendments are valid only if made in writing and signed by both parties.
P:Annex 1: Technical specification and Software function list. Annex 2: Site layout and installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. RAD-GZ-2027-07**

This Managed IT Services Agreement (the "Agreement") is made between:

- **PT Raja Ampat Digital Services**, a company established in Indonesia with its office at Jalan Basuki Rahmat, Sorong, Southwest Papua (the "Supplier"); and
- **Guangzhou Nanyang Shipping Agency Co., Ltd.**, a company established in the People's Republic of China with its office in Huangpu District, Guangzhou (the "Customer").

The Customer acts as ship agent in Guangzhou, Shenzhen and Zhanjiang and wishes to outsource the day-to-day operation of its IT environment. The Supplier provides managed IT services to port and shipping companies in Indonesia through a team that includes Mandarin-speaking engineers and a partner office in Guangzhou. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 3.

1.3 "Term" means thirty-six (36) months from the Service Commencement Date.

1.4 "Service Commencement Date" means the date on which Transition is accepted under Section 3.

1.5 "Customer Data" means all data of the Customer, its staff, principals and customers that the Supplier can access when providing the Services.

## 2. Services

2.1 The Supplier shall provide the Services for the Customer's three offices, 140 end users, 160 laptops and desktops, 22 servers, the wide-area network between the offices and the Customer's cloud mail and office tenant, as described in Schedule 1.

2.2 The Supplier shall provide the Services from its service desk, with on-site engineers in Guangzhou on working days and dispatched engineers for Shenzhen and Zhanjiang.

2.3 The Supplier shall follow the Customer's change-approval process, keep an up-to-date asset and configuration register and submit a monthly service report.

## 3. Transition

3.1 The Supplier shall take over the Services from the Customer's current provider within sixty days after signature, by documenting the environment, installing its monitoring agents, taking over the service desk and completing the knowledge-transfer sessions described in the transition plan.

3.2 Transition is accepted when the Customer confirms in writing that: every device in the asset register is monitored; the service desk has handled tickets for ten consecutive working days in parallel with the current provider without a missed Priority 1 or Priority 2 target; backup jobs for all servers have run successfully and a test restore of each server has been completed; and all runbooks listed in the transition plan have been delivered.

3.3 If Transition is not accepted within sixty days after signature for reasons attributable to the Supplier, the Supplier shall pay the Customer RMB 2,000 for each day of delay as liquidated damages, up to RMB 96,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The monthly service charge covers all Services for the stated volumes and is fixed for the Term.

4.2 The transition charge is invoiced after Transition is accepted. The monthly service charge is invoiced monthly in arrears. Invoices are payable within thirty days of receipt.

4.3 Volumes may vary by up to ten per cent without a change in charges. Larger changes are priced at the unit rates in Schedule 2.

## 5. Service Levels

5.1 The Supplier shall meet the Service Levels in Schedule 3 and report performance monthly.

5.2 If the Supplier misses a Service Level, the service credits in Schedule 3 apply and are deducted from the next invoice. Credits do not limit the Customer's right to claim damages for the same failure.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to provide the Services and shall not use it for any other purpose.

6.2 On expiry or termination, the Supplier shall return all Customer Data and documentation in its possession to the Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including in the case of the Customer its principals, vessel schedules, cargo information and tariffs, and shall not disclose it to third parties without prior written consent. This Section survives for three years after the Agreement ends.

## 8. Personnel

8.1 The Supplier shall assign a named service delivery manager and shall not replace key engineers without reasonable notice to the Customer.

8.2 Supplier personnel working on the Customer's premises shall comply with the Customer's site rules.

## 9. Intellectual Property

9.1 Runbooks, scripts, configuration documents and reports prepared specifically for the Customer belong to the Customer, which may use and modify them freely. The Supplier's monitoring tools remain the Supplier's property and are removed at the end of the Term.

## 10. Subcontracting

10.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Customer consents to the Supplier's Guangzhou partner office named in the transition plan. The Supplier remains fully responsible for any subcontractor.

## 11. Liability

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 The Supplier's total liability under this Agreement is limited to 150% of the total charges payable over the Term, excluding liability for personal injury, wilful misconduct and breach of Section 7.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 The Customer may terminate this Agreement for convenience by giving six months' written notice after the first eighteen months of the Term, on payment of an early-termination charge equal to three monthly service charges.

12.3 Except as provided in Section 12.2, the Customer may not terminate this Agreement before the end of the Term, including for breach by the Supplier. The Customer's remedies for a breach by the Supplier are service credits, damages and an order that the Supplier perform its obligations.

12.4 The Supplier may terminate this Agreement if undisputed charges remain unpaid for ninety days after a written reminder.

12.5 On expiry or termination, the Supplier shall provide exit assistance for up to sixty days at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission, South China Sub-Commission, for arbitration in Shenzhen.

## 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties about the Services.

14.2 Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, email and portal support in Mandarin and English for 140 users; ticket logging, first-line fixes, escalation | 08:00-20:00 working days; Priority 1 at all times |
| End-user computing | Laptop and desktop imaging, patching, antivirus updates, hardware repair coordination, joiners and leavers | Working days |
| Server and backup | Monitoring, patching and backup of 22 servers; monthly restore test | 24 x 7 monitoring |
| Network | Monitoring and management of the WAN links, firewalls, switches and Wi-Fi at three offices; carrier fault handling | 24 x 7 monitoring |
| Cloud mail and office tenant | User administration, licence management, mailbox and sharing settings | Working days |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 - Charges

| Charge | Basis | Amount (RMB) |
|---|---|---|
| Transition charge | One-off, invoiced after acceptance of Transition | 96,000 |
| Monthly service charge | 36 months x RMB 68,000 | 2,448,000 |
| **Total charges over the Term** | | **2,544,000** |
| Additional end user (above 154) | Per user per month | 380 |
| Additional server (above 24) | Per server per month | 900 |
| Exit assistance | Per engineer day | 2,600 |

## Schedule 3 - Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Priority 1 incident (an office cannot work, WAN or mail down) | Response within 30 minutes; restoration or workaround within six hours | 2% of the monthly service charge per hour of delay in restoration |
| Priority 2 incident (a server, application or group of users affected) | Response within one hour; resolution within one working day | 1% of the monthly service charge per missed incident |
| Priority 3 request | Response within eight working hours; resolution within three working days | None; reported monthly |
| WAN availability per office | 99.95% per month | 3% of the monthly service charge for each 0.1 percentage point below the level |
| Backup | Every scheduled job completed; a failed job rerun successfully within one working day | 1% of the monthly service charge |

Signed for the Supplier: ____________________ Signed for the Customer: ____________________
"""

E05 = """OCEAN DATA API SUBSCRIPTION AGREEMENT

Agreement No. COD-QD-2027-015

BETWEEN

PT Cenderawasih Ocean Data, a company established in Indonesia with its office at Jalan Ahmad Yani, Jayapura, Papua (the "Provider"),

AND

Qingdao Haiyun Pelagic Fishery Co., Ltd., a company established in the People's Republic of China with its office in Huangdao District, Qingdao, Shandong Province (the "Customer").

BACKGROUND

The Customer operates a fleet of tuna longline and purse-seine vessels in the western and central Pacific Ocean. The Provider produces ocean and weather data for the waters east of Indonesia and the Pacific from satellite, buoy and model sources, and delivers it through an application programming interface. The Customer wishes to use the data in its fleet routing and fishing-ground forecasting systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's OceanFeed application programming interface, its endpoints, authentication keys and documentation.

1.2 "Data" means the datasets made available through the API under this Agreement, as listed in clause 2.1.

1.3 "Customer Data" means all information submitted by the Customer to the API or the Provider, including vessel identifiers, vessel positions, planned routes, query parameters, catch logs shared for calibration, and any output generated from them for the Customer.

1.4 "Subscription Year" means each of the two consecutive periods of one year in the Subscription Term, the first starting on the Service Start Date.

1.5 "Subscription Term" means the two Subscription Years.

1.6 "Service Start Date" means the date on which the Provider issues production API keys to the Customer, planned for 1 April 2027.

2. SUBSCRIPTION

2.1 The Provider shall make the following Data available through the API during the Subscription Term: sea-surface temperature at 4 km resolution, updated daily; chlorophyll-a concentration, updated every eight days; ocean currents and sea-surface height, with a seven-day forecast updated daily; wind and wave forecasts at three-hour steps for ten days, updated every six hours; and tropical cyclone advisories within fifteen minutes of issue.

2.2 The subscription covers the area between 20 degrees north and 20 degrees south and between 120 degrees east and 170 degrees west, up to 150,000 API calls per day and up to 60 vessel accounts.

2.3 The Customer may use the Data within its own group of companies for vessel routing, fishing-ground forecasting, safety and reporting to fishery authorities. The Customer may not resell the Data as such to third parties, but may share maps and reports derived from it with its vessel crews, charterers and authorities.

3. INTEGRATION SET-UP

3.1 Within forty-five days after signature, the Provider shall configure the API for the Customer, build a connector that loads the Data into the Customer's fleet management system at its Qingdao office and on board its vessels through the satellite link with compressed files, and train the Customer's fleet operations staff.

3.2 Integration acceptance takes place when the Customer confirms in writing that: all datasets in clause 2.1 are loaded for the whole area for fourteen consecutive days without a missing update; compressed on-board files do not exceed the size agreed in the integration plan; forecast maps in the fleet management system match the Provider's reference output; and cyclone advisories reach the fleet management system within twenty minutes of issue.

3.3 If integration acceptance is not achieved within forty-five days after signature for reasons attributable to the Provider, the Provider shall pay the Customer RMB 450 for each day of delay as liquidated damages, up to RMB 21,000.

4. FEES AND PAYMENT

4.1 The fees are:

  Subscription Year 1 subscription fee ........ RMB 318,000
  Subscription Year 2 subscription fee ........ RMB 318,000
  Integration set-up fee (one-off) ............ RMB 42,000
  Total for the Subscription Term ............. RMB 678,000

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days of the invoice. The integration set-up fee is invoiced after integration acceptance and payable within thirty days.

4.3 API calls above the daily limit in clause 2.2 are charged at RMB 0.02 per call, invoiced quarterly in arrears. All fees are in RMB and include VAT.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance notified three days in advance and limited to two hours per month.

5.2 The Customer may report incidents through the Provider's support portal or hotline at any time. For a Severity 1 incident (the API or a dataset is unavailable, or cyclone advisories are not delivered) the Provider shall respond within one (1) hour and restore service within six hours. For a Severity 2 incident (a dataset is delayed or degraded) the Provider shall respond within three hours and restore within one business day.

5.3 If monthly availability falls below the level in clause 5.1, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point below the level. If a Severity 1 restoration time is missed, the Provider shall credit 3% of the monthly equivalent of the subscription fee for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6. DATA QUALITY

6.1 The Provider shall describe the sources, resolution and known limitations of each dataset in the documentation and inform the Customer without delay of any outage of a satellite or model source that affects the Data.

6.2 The Data is provided to support decisions by the Customer's masters and fleet managers; the Customer remains responsible for navigation decisions.

7. CUSTOMER DATA AND DATA SECURITY

7.1 The Customer owns all Customer Data. The Provider shall use Customer Data only to provide the API, the integration and support to the Customer under this Agreement, and shall not use it to improve its models, create products or provide services to others, whether or not the data is anonymised or aggregated.

7.2 The Provider shall store Customer Data only on servers located in mainland China, encrypt it in transit and at rest, restrict access to named support staff, keep access logs for one year and delete Customer Data within thirty days after the end of this Agreement.

7.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate measures to contain it, and shall be liable for all losses of the Customer resulting from such an incident.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the API and the Data. The Customer receives a non-exclusive licence to use the Data during the Subscription Term as set out in clause 2.3, and may keep and use Data received during the Subscription Term after it ends.

8.2 The connector and any scripts, mapping tables and documentation prepared for the Customer under clause 3.1 belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code at integration acceptance.

9. SUBCONTRACTING

9.1 The Provider may not subcontract the hosting of Customer Data, the integration work or support without the prior written consent of the Customer. The Provider remains responsible for any approved subcontractor.

10. LIABILITY

10.1 Neither party is liable to the other for indirect loss or loss of profit, including loss of catch.

10.2 The Provider's total liability under this Agreement is limited to two times the total fees payable for the Subscription Term. This limit does not apply to breach of clause 7, wilful misconduct or gross negligence.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the Subscription Term.

11.2 After the Subscription Term, this Agreement renews automatically for successive periods of one year unless either party gives written notice of non-renewal at least sixty days before the end of the current period. The Provider may change the subscription fee for any renewal period at its discretion by notice given at least thirty days before the renewal starts, and the changed fee applies to that renewal period.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fee paid for the period after termination.

11.4 The Provider may suspend access to the API if undisputed fees remain unpaid for sixty days after a written reminder.

12. DISPUTES

12.1 The parties shall first try to resolve any dispute by negotiation between senior managers.

12.2 If a dispute is not resolved within thirty days, it shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final and binding.

13. GENERAL

13.1 Notices shall be given in writing in English to the addresses above, by courier or by email with confirmation of receipt.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

13.4 This Agreement is made in English in two originals, one for each party.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- design: files, labels, intended rules
TARGETS = {
    "z01": ("h700z01_metrology_institute_verification_platform.pdf", "zh", Z01),
    "z02": ("h700z02_oil_paper_umbrella_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h700z03_calligraphy_painting_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h700z04_forest_fire_brigade_comms_annual_om.txt", "zh", Z04),
    "z05": ("h700z05_bamboo_mat_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h700e01_coconut_processor_traceability_perpetual_licence.pdf", "en", E01),
    "e02": ("h700e02_field_service_saas_order_form.md", "en", E02),
    "e03": ("h700e03_aquaculture_water_sensors_monitoring_licence.docx", "en", E03),
    "e04": ("h700e04_shipping_agency_managed_it_services.md", "en", E04),
    "e05": ("h700e05_ocean_data_api_subscription.txt", "en", E05),
}

BASE = {"availability_pct": None, "p1_response_hours": None, "sla_remedy": True, "ip_owner": "buyer",
        "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True,
        "ld_rate_per_day_pct": None, "liability_cap_pct": None, "prepayment_pct": None, "acceptance_clause": True,
        "final_payment_on_acceptance": True, "warranty_months": None, "post_warranty_fee_pct": None,
        "auto_renewal_price_increase": False, "termination_for_breach": True, "subcontract_without_consent": False,
        "governing_law": "PRC", "contract_kind": "goods_or_licence"}

# key: (category, terms overrides, extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value,
#       fee base for TCO, forum outside mainland, intended rules)
DESIGN = {
    "z01": ("software", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
                             post_warranty_fee_pct=9, governing_law="PRC"),
            dict(sla=True, ld=True, capped=True, deemed=False, value=2190000, base=1160000, foreign_forum=False),
            []),
    "z02": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20, warranty_months=24,
                             post_warranty_fee_pct=32),
            dict(sla=True, ld=True, capped=True, deemed=False, value=1500000, base=1280000, foreign_forum=False),
            ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.06,
                          liability_cap_pct=200, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                          contract_kind="service"),
            dict(sla=True, ld=True, deemed=False, value=590000, foreign_forum=False),
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", dict(p1_response_hours=20 / 60, ld_rate_per_day_pct=0.02, final_payment_on_acceptance=None,
                             subcontract_without_consent=True, governing_law=None, contract_kind="service"),
            dict(sla=True, ld=True, deemed=False, value=836000, foreign_forum=False),
            ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z05": ("software", dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                             prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
                             warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=None,
                             governing_law=None),
            dict(sla=False, ld=False, capped=False, deemed=True, value=802000, base=420000, foreign_forum=False),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                             warranty_months=18, post_warranty_fee_pct=11, governing_law="Indonesia"),
            dict(sla=True, ld=True, capped=True, deemed=False, value=1860000, base=1260000, foreign_forum=True),
            ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False,
                          ld_rate_per_day_pct=650 / 856000 * 100, liability_cap_pct=6 / 24 * 100,
                          final_payment_on_acceptance=None, subcontract_without_consent=True,
                          contract_kind="service"),
            dict(sla=True, ld=True, deemed=False, value=856000, foreign_forum=False),
            ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "e03": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                             warranty_months=36, post_warranty_fee_pct=8),
            dict(sla=True, ld=True, capped=True, deemed=False, value=1680000, base=1498000, foreign_forum=False),
            []),
    "e04": ("services", dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                             ld_rate_per_day_pct=2000 / 2544000 * 100, liability_cap_pct=150,
                             final_payment_on_acceptance=None, termination_for_breach=False,
                             contract_kind="service"),
            dict(sla=True, ld=True, deemed=False, value=2544000, foreign_forum=False),
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, confidentiality=False,
                          ld_rate_per_day_pct=450 / 678000 * 100, liability_cap_pct=200,
                          final_payment_on_acceptance=None, auto_renewal_price_increase=True, governing_law=None,
                          contract_kind="service"),
            dict(sla=True, ld=True, deemed=False, value=678000, foreign_forum=False),
            ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}  # others medium

# price sums stated in the texts
SUMS = {"z01": [1160000, 780000, 214000, 36000], "z02": [268000, 352000, 186000, 214000, 96000, 164000, 196000, 24000],
        "z03": [238000 * 2, 88000, 26000], "z04": [336000, 148000, 212000, 140000], "z05": [420000, 310000, 58000, 14000],
        "e01": [1260000, 540000, 60000], "e02": [396000, 396000, 64000], "e03": [816000, 228000, 168000, 286000, 164000, 18000],
        "e04": [96000, 36 * 68000], "e05": [318000, 318000, 42000]}


def tco_share(t, x):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("capped"):
        return None
    fee = x["base"] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    return fee * years / (x["value"] + fee * years) * 100


def derive(t, x):
    """My reading of policy §3 applied to a label."""
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["deemed"]:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x["foreign_forum"]:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(t, x)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十|一百|百|九十九点九)(?![点一二三四五六七八九十])",
    r"(?<![十百千])万分之五(?![十])|千分之零点五",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)",
    r"(?<![十\d])四\s*(?:个)?\s*小时",
    r"(?<!twenty)(?<!twenty-)(?<!twenty\s)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?|-month)",
    r"(?<![十\d])十二\s*(?:个)?\s*月",
    r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![a-z-])(?:thirty|fifteen|forty|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:%|per\s*cent|percent)",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "预付30 %", "15%", "40 %", "100%", "100.0%", "99.9%", "99.9 %", "0.05%", "0.05 per cent",
            "百分之三十", "百分之十五", "百分之百", "万分之五", "4小时", "4 hours", "within 4 hrs", "四小时", "四个小时",
            "four hours", "four (4) hours", "12个月", "12 months", "十二个月", "twelve (12) months",
            "twelve calendar months", "thirty percent", "one hundred per cent", "forty per cent", "fifteen percent"]
MUST_MISS = ["130%", "45%", "99.95%", "99.99", "0.08%", "10.05%", "万分之五十", "万分之三", "24小时", "二十四小时",
             "24 hours", "twenty-four hours", "twenty four hours", "14 hours", "112 months", "二十四个月", "eighteen (18) months",
             "thirty (30) days", "2%", "3%", "百分之三", "4 km", "1.5%", "RMB 130,000", "Section 12.2", "30 minutes"]


def self_test():
    for s in MUST_HIT:
        for v in (s, re.sub(r"\s+", "", s)):
            assert SCAN.search(v), ("must hit", v)
    for s in MUST_MISS:
        for v in (s, re.sub(r"\s+", "", s)):
            assert not SCAN.search(v), ("must miss", v, SCAN.search(v))


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    bin_src = {k: v[2] for k, v in TARGETS.items() if v[0].endswith((".docx", ".pdf"))}
    bin_tgt = {k: (TARGETS[k][0], TARGETS[k][0].rsplit(".", 1)[1]) for k in bin_src}
    write(bin_src, bin_tgt, OUT, wrap_words=True)
    for k, (name, lang, src) in TARGETS.items():
        if k not in bin_src:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, lang, src) in TARGETS.items():
        cat, over, x, intended = DESIGN[k]
        assert sum(SUMS[k]) == x["value"], (k, sum(SUMS[k]))
        t = dict(BASE)
        t.update(over)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and "capped" not in x
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = SCAN.search(v)
            assert not m, (k, "threshold figure in text", m.group(0), v[max(0, m.start() - 40):m.end() + 20])
        for key, th in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                        ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                        ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(t, x)
        assert share is None or abs(share - 40) > 2, (k, "tco", share)
        rules = derive(t, x)
        assert rules == sorted(intended), (k, rules, intended)
        covered |= set(rules)
        extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = x["capped"]
        extra["acceptance_deemed_on_delivery"] = x["deemed"]
        extra["contract_value"] = x["value"]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print("%s %-62s %5d %s %s %s" % (k, name, n, risk(rules), ",".join(r[3:] for r in rules) or "(none)",
                                         "" if share is None else "TCO share %.1f%%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
