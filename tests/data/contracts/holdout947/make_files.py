"""holdout947: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, thresholds, rules derived from the labels, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H947Z01 = """T:市文化和旅游局露天电影放映服务平台采购合同
P:合同编号：WLJ-ZFCG-2027-031    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市文化和旅游局
P:乙方（供应商）：某信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，双方就露天电影放映服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供露天电影放映服务平台软件的永久使用许可，用户数及部署节点不受限制，部署于甲方政务云。
P:1.2 乙方按招标文件需求完成定制开发，包括放映点管理、排片与场次预约、放映员考勤定位、观众扫码评价、放映监管大屏及与省级公益电影监管平台的数据对接。
P:1.3 乙方负责部署实施、历史放映数据迁移及用户培训，并提交需求规格说明书、设计文档、源代码、测试报告和操作手册。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾肆万捌仟元整（¥1,748,000），含税及全部费用，为固定价格。
P:2.2 分项价格：平台软件许可费¥980,000；定制开发费¥624,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格后，甲方支付合同总价的45%。
P:3.3 系统最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政资金支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后一百二十日内完成开发部署并申请初验。
P:4.2 初验合格后系统试运行九十日，试运行期间覆盖全市不少于两百个放映点。
P:4.3 乙方应在合同签订后十五日内提交项目实施计划，明确需求调研、设计、开发、测试、部署、数据迁移和培训各阶段的时间节点，经甲方确认后执行。因甲方原因导致工期延误的，工期相应顺延。
P:4.4 历史放映数据迁移前，乙方应制定迁移方案和回退方案，迁移须在甲方监督下进行，迁移前后的数据量及关键字段须形成核对记录。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；排片、预约、评价等核心业务在八百并发用户下页面响应时间不超过两秒；与省级监管平台的对接数据逐条比对一致；通过第三方软件测评机构的功能及安全测试。
P:5.2 最终验收标准：试运行期内未发生一级故障；迁移的历史放映数据经甲方全量核对无差错；文档及源代码齐全；系统通过网络安全等级保护二级测评。
P:5.3 甲方在收到验收申请后十五个工作日内组织验收并出具书面意见；上线运行、试运行或甲方使用系统，均不视为验收合格。
H:第六条 服务水平
P:6.1 系统月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，不计入不可用时间。
P:6.2 故障分为三级：一级故障（平台整体不可用或预约、排片功能中断）乙方应在30分钟内响应、三小时内恢复；二级故障两小时内响应；三级故障一个工作日内响应。
P:6.3 一级故障每迟延响应或迟延恢复一小时，乙方向甲方支付服务违约金人民币800元；月可用率每低于约定0.01个百分点，乙方向甲方支付违约金人民币1,500元。上述款项甲方可从应付款项中直接扣除。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，如甲方需要，乙方应按平台软件许可费的9%每年（即¥88,200/年）提供维护服务，该价格自质保期满之日起三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，甲方享有永久、不可撤销的使用权。
P:8.2 为本项目定制开发的程序、接口、数据库设计及全部文档的知识产权归甲方所有，乙方应交付完整源代码，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台产生和存储的全部数据（含放映记录、观众信息、评价数据）归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、最小授权和操作审计；运维人员须经甲方审批并通过堡垒机访问，不得私自复制或带离数据。
P:9.3 发生数据泄露、篡改或丢失等安全事件时，乙方应在一小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验申请或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统未通过验收的，应在二十日内整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同。
P:11.3 甲方逾期付款的，按未付金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转交第三方履行。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应委派具有同类项目经验的项目经理一名，常驻甲方现场直至最终验收；项目经理更换须提前十日书面征得甲方同意。
P:15.2 乙方应每周向甲方提交项目周报，说明进度、问题及下周计划；每月参加甲方组织的项目例会。
P:15.3 乙方人员应遵守甲方的安全保密及机房管理制度，进场前签署个人保密承诺书。
H:第十六条 培训
P:16.1 乙方应为甲方管理人员、各区县文旅部门及放映队提供操作培训，培训不少于六场，覆盖人数不少于三百人次，并提供培训教材及视频。
P:16.2 培训效果以参训人员能够独立完成排片、预约管理和数据统计为准。
H:第十七条 不可抗力
P:17.1 因地震、洪水、疫情等不可抗力致使一方不能履行合同的，应在不可抗力发生后五日内通知对方，并在十五日内提供有关证明，受影响的履行期限相应顺延。
H:第十八条 通知与送达
P:18.1 双方在本合同首部载明的地址及联系人为通知送达地址，一方变更的，应提前五日书面通知对方。
H:第十九条 廉洁条款
P:19.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；违反的，甲方有权解除合同并依法处理。
H:第二十条 其他
P:20.1 招标文件、投标文件、中标通知书为本合同组成部分，与本合同具有同等效力；如有冲突，以本合同为准。
P:20.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:20.3 本合同一式六份，甲方四份，乙方两份，自双方盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

H947Z02 = """T:直尺生产线控制系统改造合同
P:合同编号：ZC-GZ-2027-008
P:甲方：某直尺制造有限公司
P:乙方：某自动化工程有限公司
P:甲方为提升钢直尺、铝合金直尺刻线及分切生产线的自动化水平，委托乙方对六条生产线的控制系统进行改造。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线PLC控制柜更换、伺服驱动及电机更换、人机界面升级、刻度视觉测量系统加装，以及产线监控软件的部署。
P:1.2 乙方负责原有控制程序的改写、工艺参数迁移、与甲方ERP系统的工单接口开发、现场安装调试及操作人员培训。
P:1.3 乙方供应的设备应为全新、未使用过的合格产品，附出厂合格证和检验报告；主要元器件的品牌和型号以技术协议为准，未经甲方书面同意不得替换。
P:1.4 改造后的控制系统应保留手动操作模式，并具备工艺参数配方管理、刻线程序一键切换、故障报警记录及设备运行数据采集功能，数据通过监控软件集中展示。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾壹万元整（¥1,610,000），含设备、软件、安装、调试、培训、运输、税费等全部费用。
P:2.2 分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜|6套|68,000|408,000
TB:2|伺服驱动及电机|24套|13,500|324,000
TB:3|触摸屏人机界面|8台|9,000|72,000
TB:4|刻度视觉测量系统|3套|78,000|234,000
TB:5|产线监控软件许可（永久）|1套|348,000|348,000
TB:|软硬件小计|||1,386,000
TB:6|安装调试及程序改造|1项|186,000|186,000
TB:7|培训|1项|38,000|38,000
TB:|合计|||1,610,000
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%。到货签收和安装调试完成均不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款时应提交增值税专用发票及相应的签收单或验收证书，甲方在收到后十五个工作日内付款。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成全部六条产线的改造，每条产线停线改造时间不得超过六日，具体停线计划须经甲方生产部书面确认。
P:4.2 乙方应在每日施工结束前清理现场，遵守甲方安全生产管理制度。
P:4.3 设备到货时，双方共同开箱清点，核对型号、数量及外观，并签署到货签收单；发现缺损的，乙方应在七日内补齐或更换。
H:第五条 验收
P:5.1 每条产线改造完成后，乙方提交单线验收申请。验收标准为：刻线位置误差不大于0.02毫米；视觉测量系统能检出宽度0.03毫米以上的刻度缺陷且漏检数为零；产线节拍不低于改造前水平；连续七十二小时带料运行无停机故障。
P:5.2 六条产线全部通过单线验收且连续运行三十日无一级故障后，进行最终验收，乙方应同时提交控制程序源文件、电气图纸及操作维护手册。
P:5.3 甲方使用改造后的产线进行生产，不视为验收合格。
P:5.4 单线验收或最终验收不合格的，乙方应在十日内完成整改并重新提交验收申请，整改及重新验收的费用由乙方承担；经两次整改仍不合格的，甲方有权拒收并解除合同。
P:5.5 验收合格后，双方签署验收证书，作为支付款项和质保期起算的依据。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备和软件的维修、更换及软件升级均由乙方免费负责。
P:6.2 质保期内，一级故障（整条产线停机）乙方应在两小时内响应、八小时内到场；二级故障（单台设备异常）当日响应。乙方每迟延响应或到场一小时，向甲方支付违约金人民币500元。
P:6.3 质保期满后，乙方提供维保服务，维保费按软硬件小计的26%每年计取，即每年人民币360,360元，服务内容包括备件更换、定期巡检和软件升级。该费用标准在质保期满后三年内保持不变。
H:第七条 知识产权
P:7.1 乙方为本项目改写和新编的控制程序、接口程序及相关图纸资料，知识产权归甲方所有，乙方应交付源文件，甲方可自行修改使用。
P:7.2 产线监控软件的著作权仍归原权利人所有，甲方获得永久使用许可。
H:第八条 数据与保密
P:8.1 产线运行数据、工艺参数和质量检测数据归甲方所有，乙方不得用于本合同以外的用途。
P:8.2 乙方远程维护须经甲方事先批准并使用甲方指定的接入方式，操作留存日志；乙方应采取必要措施防止数据泄露、丢失，发生数据安全事件应在两小时内通知甲方，因乙方原因造成损失的，由乙方承担赔偿责任。
P:8.3 乙方对甲方的工艺技术、生产计划和客户信息负有保密义务，合同终止后三年内仍须遵守。
H:第九条 违约责任
P:9.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 因乙方原因造成甲方停产损失的，乙方应予赔偿。
P:9.4 乙方交付的设备不符合合同约定的，甲方有权要求乙方在十日内更换，由此产生的费用由乙方承担。
P:9.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之二支付违约金。
H:第十条 分包
P:10.1 乙方不得将本合同项下的工作分包；电气布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 争议由双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十三条 安全生产与现场管理
P:13.1 乙方施工人员进入甲方厂区前须接受甲方安全教育，持证上岗，电气作业须执行停电挂牌和工作票制度。
P:13.2 施工期间因乙方原因造成人身伤害或设备损坏的，由乙方承担全部责任。
P:13.3 拆除的旧控制柜、旧电机等设备归甲方所有，乙方应按甲方指定地点分类堆放，不得擅自处置。
H:第十四条 培训与技术资料
P:14.1 乙方应为甲方电工、设备维护人员及操作工提供培训，培训内容包括PLC程序结构、伺服参数设置、视觉测量系统标定、常见故障处理及监控软件使用，培训不少于五个工作日。
P:14.2 乙方应提交以下技术资料各两套（纸质及电子版）：电气原理图、接线图、PLC程序及注释、伺服参数表、视觉系统标定记录、设备说明书、备件清单及维护手册。
P:14.3 乙方应推荐质保期后所需的常用备件清单及参考价格，供甲方储备。
H:第十五条 项目管理
P:15.1 乙方应指定项目经理一名，负责改造全过程的组织协调；甲方指定生产部负责人为甲方代表。
P:15.2 每条产线停线改造前，乙方应提交施工方案和恢复生产的应急预案，经甲方确认后实施。改造后如出现影响生产的问题，乙方应立即组织人员现场处理，必要时恢复原控制方式保证生产。
H:第十六条 不可抗力
P:16.1 因不可抗力致使不能履行合同的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十七条 其他
P:17.1 本合同附件包括：技术协议、设备清单、停线改造计划，附件与本合同具有同等效力。
P:17.2 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：                    乙方（盖章）：
"""

H947Z03 = """卡丁车培训连锁门店预约及会员管理系统服务合同

合同编号：KD-SAAS-2027-02
甲方：某卡丁车运动培训管理有限公司
乙方：某云软件科技有限公司
签订地点：甲方总部所在地

鉴于甲方在全国经营四十家卡丁车培训门店，需要统一的课程预约、会员管理与门店运营系统，乙方同意以软件即服务（SaaS）方式提供系统并完成实施，双方订立本合同。

一、服务内容
（一）乙方为甲方四十家门店开通预约及会员管理云服务，包括：
1. 学员课程预约、教练排班、赛道及车辆排期；
2. 会员储值、课时包、积分及等级管理；
3. 门店收银对账、经营报表及总部驾驶舱；
4. 微信小程序前端及短信通知。
（二）乙方负责实施服务：系统配置、历史会员数据迁移、小程序按甲方品牌定制、与甲方财务系统的对接、门店店长及前台培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、服务费用
（一）云服务年费按门店数计算：每店每个服务年度人民币6,800元，四十家门店每个服务年度合计人民币272,000元，两个服务年度合计人民币544,000元。
（二）实施费为一次性费用人民币86,000元。
（三）本合同总价为人民币630,000元（含税）。服务期内新增门店按每店每服务年度6,800元按实际使用月份折算。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次付清。
（二）云服务年费按半年度支付，每半年开始后十个工作日内支付当期费用人民币136,000元。
（三）乙方应在每次付款前开具增值税专用发票。发票不合格的，甲方有权顺延付款且不承担逾期责任。
（四）服务期内云服务年费标准固定不变，乙方不得以任何理由上调。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成实施，并申请上线验收。
（二）上线验收标准：
1. 合同约定的全部功能可正常使用；
2. 迁移会员数据与甲方原系统逐条核对一致，储值余额和剩余课时无差异；
3. 高峰时段五百人同时预约时，页面响应时间不超过两秒；
4. 与财务系统对接的日结数据连续十日核对无误。
（三）甲方在收到申请后十个工作日内组织验收并出具书面意见。门店试用不视为验收合格。
（四）验收不合格的，乙方应在十日内完成整改并重新申请验收，由此产生的费用由乙方承担。
（五）培训：乙方应在上线前为总部管理人员提供两日集中培训，为各门店店长及前台提供线上培训和操作考核；乙方应提供操作手册、常见问题解答和短视频教程，并在服务期内随版本升级及时更新。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划维护须安排在凌晨一时至六时并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，三小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：一小时内响应，八小时内恢复；
3. 三级故障（一般问题及咨询）：一个工作日内答复。
（三）服务补偿：月度可用率未达承诺的，每低于0.1个百分点，乙方按当月服务费的2%给予服务抵扣，单月抵扣最高为当月服务费的20%；一级故障迟延响应的，每次抵扣人民币1,000元。

六、数据
（一）甲方的会员信息、预约记录、交易流水等业务数据归甲方所有。
（二）甲方同意，乙方可将上述数据经去标识化处理后，用于乙方产品改进及卡丁车培训行业经营分析报告，该使用不因本合同终止而停止。
（三）乙方应按网络安全等级保护三级要求运行云平台，落实数据加密存储、访问控制和操作日志；发生数据泄露等安全事件的，乙方应在两小时内通知甲方并采取补救措施，因乙方原因造成甲方或会员损失的，由乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并删除平台上的甲方数据。
（五）乙方应每日对甲方数据进行备份，备份数据至少保存三十日，并在同城另一机房保存副本；甲方可随时通过管理后台导出会员及交易数据。
（六）会员个人信息的收集须经会员同意，乙方应在小程序中展示甲方确认的隐私政策。

七、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序界面、品牌素材、接口程序及配置文档归甲方所有，甲方可自由使用和修改。

八、保密
双方对在合作中获知的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露，该义务在合同终止后三年内持续有效。

九、违约责任
（一）乙方未按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

十、续期
服务期满前三十日内任何一方未书面提出异议的，本合同自动续期一个服务年度，依此类推。续期时乙方有权按其届时公布的标准价格调整云服务年费，并以续期通知为准。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、合同解除
任何一方严重违反本合同，经对方书面催告后十五日内未纠正的，守约方有权解除合同，并要求违约方赔偿损失。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、双方义务
（一）甲方应指定项目联系人，及时提供门店清单、课程及会员规则、历史数据和财务系统接口资料，并组织门店人员参加培训。
（二）甲方应妥善保管系统管理员账号，因甲方人员泄露账号造成的损失由甲方承担。
（三）乙方应指定实施项目经理和客户成功经理各一名，负责实施及服务期内的日常沟通；每月向甲方提交服务报告，内容包括可用率、故障处理情况、功能使用情况及优化建议。
（四）乙方对平台的功能升级应提前七日通知甲方，升级不得降低本合同约定的功能和服务水平；涉及小程序界面的重大调整，须经甲方确认。

十五、门店增减
（一）服务期内甲方新开门店的，乙方应在收到通知后五个工作日内完成开通和店员培训。
（二）甲方关闭门店的，自关闭次月起相应减少云服务年费，按剩余月份折算后在下期付款中抵减。

十六、数据迁移与服务终止
（一）实施阶段，乙方应先完成三家试点门店的数据迁移和试运行，经甲方确认后再分批迁移其余门店，每批迁移应安排在门店非营业时段进行。
（二）本合同终止或期满不再续期的，乙方应配合甲方将数据迁移至甲方指定的系统，提供完整的数据字典，配合期不少于三十日，其间平台保持可用。

十七、不可抗力
因不可抗力致使一方不能履行本合同的，受影响方应在三日内通知对方并提供证明，在不可抗力影响范围内免除责任；但乙方未按约定采取数据备份措施的，不得以不可抗力为由免责。

十八、通知
本合同项下的通知应以书面形式发送至双方在本合同中载明的地址或电子邮箱，以电子邮件发送的，发出后次日视为送达。

十九、其他
（一）本合同附件包括：功能清单、门店清单、实施计划、服务水平说明，附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

H947Z04 = """交通运输局通用机场低空飞行监视系统年度运维服务合同

项目编号：JTJ-CS-2027-014
采购方式：竞争性磋商
甲方（采购人）：某市交通运输局
乙方（成交供应商）：某空管科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其通用机场低空飞行监视系统提供年度运行维护服务，双方订立本合同。

第一条 服务对象与范围
1. 服务对象包括：两个通用机场的ADS-B地面站四套、低空监视雷达两套、多点定位站六套、监视数据处理服务器、飞行动态显示终端及低空飞行服务平台软件。
2. 服务内容包括：日常巡检、定期维护、故障处理、软件补丁及配置管理、数据备份、应急保障和年度性能评估。服务范围不含设备的大修、更新改造及非常用备件采购，该类工作由甲方另行安排，乙方应予配合。
3. 乙方应在两个通用机场各派驻一名运维工程师，另设一名项目负责人统筹协调。
4. 服务期开始前，乙方应与甲方及原运维单位完成交接，核对设备清单、软件版本、配置文件、备品备件和遗留问题，形成交接记录并经三方签字。
5. 服务期内，乙方应配合甲方完成民航及上级主管部门组织的检查、飞行校验和设备年检，按要求提供运行数据和技术资料。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方将依法重新组织采购。

第三条 服务费用与支付
1. 年度运维服务费为人民币柒拾伍万陆仟元整（¥756,000），为固定总价，包括人员、工具、交通、常用备件及税费。
2. 服务费按季度支付，每季度结束后经甲方考核合格，甲方在十五个工作日内支付当季服务费人民币189,000元。
3. 本合同不设预付款。

第四条 服务要求
1. 乙方应每日检查各站点运行状态并填写运行日志，每月对雷达和地面站进行一次全面巡检，每季度提交运维报告。
2. 低空飞行监视系统年度可用率应不低于99.95%。
3. 故障响应：一级故障（监视信号全部中断或数据处理服务器宕机），乙方应在30分钟内响应，两小时内到达现场，六小时内恢复主用功能；二级故障（单站点失效）一小时内响应，二十四小时内修复；三级故障两个工作日内处理。
4. 遇重大飞行保障任务时，乙方应按甲方通知提前安排专人值守。
5. 乙方未达到上述服务要求的，应在季度运维报告中说明原因并提交整改计划，甲方可要求乙方限期整改。
6. 巡检内容包括：ADS-B地面站及多点定位站的接收灵敏度、时钟同步和供电状态；监视雷达的天线、发射机和伺服系统；数据处理服务器的存储空间、日志及告警；网络链路的连通性和时延；机房温湿度及防雷接地。巡检发现的隐患应在巡检报告中列明并跟踪处理。
7. 乙方应每周对系统配置和监视数据进行备份，备份介质由甲方保管；系统配置变更须填写变更单，经甲方批准后实施，并在变更后更新配置库。
8. 乙方应于每年汛期和冬季来临前，对室外站点的防水、防雷、供电和加热设施进行专项检查。

第五条 考核与验收
1. 每季度末，甲方依据运行日志、故障记录和巡检报告进行季度考核，考核内容包括系统可用率、故障响应及修复时间、巡检完成率和文档完整性。
2. 服务期满后，乙方提交年度运维总结报告及全部运维文档，甲方组织年度验收，验收标准为：年度可用率达到第四条约定；全年无因乙方原因导致的一级故障超时未恢复；巡检记录齐全；配置库与现场设备一致。

第六条 数据安全
1. 监视系统产生的飞行航迹、目标数据、运行日志及配置资料均归甲方所有，乙方仅可为履行本合同使用。
2. 乙方人员须通过甲方安全审查，经授权后方可接入系统，所有操作经堡垒机记录；严禁将数据拷贝至外部介质或上传互联网。
3. 发生数据泄露、篡改或系统被入侵等安全事件时，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任。

第七条 保密
乙方及其人员对履约中接触的飞行计划、系统参数、网络结构及其他非公开信息承担保密义务，服务期满或合同终止后仍应遵守。

第八条 知识产权
乙方在服务期间为甲方编写的运维脚本、巡检规程、应急预案及技术文档，其知识产权归甲方所有。

第九条 违约责任
1. 乙方未能在服务期开始之日起按约定完成人员进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十条 转包与分包
乙方不得转包或分包本合同项下的任何服务。

第十一条 合同的变更与解除
1. 本合同履行期间，任何一方不得擅自变更或解除合同。
2. 确需变更或解除合同的，由双方协商一致后签订书面协议；协商期间乙方应继续提供服务。
3. 因不可抗力致使合同无法履行的，双方可协商解除合同。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十三条 人员要求
1. 乙方驻场工程师应具有雷达或通信导航监视设备维护经验，持有相应的技能证书，名单及资质证明须在进场前报甲方备案。
2. 乙方更换驻场人员或项目负责人的，应提前十日书面报甲方同意，新任人员资质不得低于原人员，并完成不少于五日的工作交接。
3. 乙方人员应遵守机场飞行区、航管设施的安全管理规定和甲方的考勤制度。
4. 乙方应为驻场人员办理工伤保险和意外伤害保险，乙方人员在履约中发生的人身伤害由乙方负责处理。

第十四条 备品备件与工具
1. 乙方应配备日常维护所需的仪器仪表和常用备件，常用备件清单见附件，乙方应保证备件库存不低于清单数量。
2. 需更换的非常用备件由甲方采购，乙方负责提出采购建议并完成更换和调试；更换下来的部件由甲方处置。

第十五条 应急保障
1. 乙方应编制低空飞行监视系统应急预案，报甲方审定后执行，每半年至少组织一次应急演练并提交演练报告。
2. 遇恶劣天气、重大活动或上级部门临时保障任务时，乙方应按甲方要求增派人员值守。

第十六条 甲方义务
1. 甲方应向乙方提供系统现有技术资料、设备清单、运行记录及必要的工作场所。
2. 甲方应按合同约定支付服务费，并指定专人负责与乙方的日常联络与考核工作。
3. 甲方应为乙方驻场人员提供必要的办公及值班场所，并协助办理进入机场控制区所需的通行证件。

第十七条 文档与移交
服务期满或合同终止时，乙方应向甲方移交全部运行日志、巡检记录、故障处理记录、配置文件、备份数据及运维文档，并配合甲方或新的服务商完成不少于十五日的工作交接。

第十八条 廉洁条款
乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，一经发现，甲方有权依法向有关部门报告。

第十九条 不可抗力
因不可抗力致使一方不能履行合同的，受影响方应及时通知对方并在十日内提供证明，在受影响范围内部分或全部免除责任；乙方应尽力采取措施减少损失，并在不可抗力消除后立即恢复服务。

第二十条 其他
1. 磋商文件、响应文件及成交通知书为本合同的组成部分，与本合同具有同等效力。
2. 本合同未尽事宜，双方可另行签订补充协议。
3. 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
"""

H947Z05 = """# 工艺追溯管理软件许可及定制开发合同

（乙方标准合同文本 GY-HT-2026 版）

合同编号：GY-2027-0112

甲方：某瓯塑工艺美术工作室

乙方：某软件开发有限公司（以下简称“乙方”）

甲方拟采购乙方“匠迹”工艺追溯管理软件并委托乙方进行定制开发，双方在平等自愿的基础上，依照乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工艺追溯管理软件标准版永久使用许可，授权用户数为十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：瓯塑作品工序模板（起稿、堆塑、罩漆、彩绘、装裱等工序记录）、作品档案与原材料批次追溯、作品证书二维码及查询小程序、订单与交付台账。

1.3 乙方负责软件安装部署、基础数据导入及使用培训。

1.4 软件的功能以乙方产品说明书及双方确认的需求说明书为准。乙方产品说明书未列明、需求说明书也未约定的功能，不属于本合同的交付范围。

1.5 小程序以甲方名义在微信平台注册，注册及认证费用由甲方承担，乙方协助办理。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “匠迹”工艺追溯管理软件标准版许可（十用户，永久） | 168,000 |
| 2 | 定制开发（工序模板、作品档案、追溯小程序、订单台账） | 236,000 |
| 3 | 部署实施及培训 | 36,000 |
| | 合计 | 440,000 |

2.2 上述价格含增值税。合同外新增需求，双方另行报价。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即人民币220,000元。

3.2 系统上线后五个工作日内，甲方向乙方支付合同总价的50%，即人民币220,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

3.4 甲方未按期支付首期款的，乙方有权顺延开发工作；甲方未按期支付第二期款项超过十五日的，乙方有权暂停软件的使用授权，直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成开发并安装部署。因甲方需求变更或资料提供延迟造成的延期，交付期限相应顺延。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

4.3 定制开发按以下流程进行：乙方进行需求调研并编制需求说明书，经甲方签字确认后进入开发；开发过程中乙方每两周向甲方演示一次阶段成果。需求说明书确认后，甲方提出的需求变更由乙方评估工作量，涉及费用的，双方另行签订补充协议。

4.4 甲方应在乙方演示后三个工作日内提出意见，逾期未提出的，视为甲方认可该阶段成果。

4.5 乙方交付内容为：安装完成的软件系统、小程序上线版本、用户操作手册。乙方不向甲方交付源代码。

## 第五条 验收

5.1 软件安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方如对软件功能有异议，应在上线后七日内书面提出，逾期未提出的视为无异议。

## 第六条 技术支持与维护

6.1 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术指导。

6.2 乙方将尽合理努力及时处理甲方反馈的问题，具体处理时间视问题复杂程度而定。

6.3 免费维护期满后，甲方如需继续获得维护服务，应按软件许可费的18%每年（即人民币30,240元/年）向乙方支付维护费，按年度签订维护协议。

6.4 维护期内，乙方提供的软件版本升级仅限标准功能；定制开发部分因标准版本升级需要调整的，乙方另行收费。

6.5 甲方未购买维护服务的，乙方不再提供缺陷修复和远程指导，甲方可按次购买技术服务。

## 第七条 知识产权

7.1 “匠迹”软件及其标准功能的全部知识产权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的工序模板、小程序、源代码及相关文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

7.3 乙方有权将定制开发成果用于其他客户的项目。

7.4 甲方在作品证书、小程序页面上使用自己的名称和标识，不受本条限制。

## 第八条 数据

8.1 甲方录入系统的作品图片、工艺记录和客户订单等数据，由甲方负责其合法性。软件部署在甲方自备的服务器或云主机上，乙方通过远程方式进行部署和维护，远程登录账号由甲方开通。

8.2 甲方同意乙方可使用上述作品图片及工艺数据用于乙方产品宣传、案例展示及产品改进。

8.3 乙方应采取加密存储、账号权限管理和日志审计等措施保护系统数据安全；因乙方原因导致数据泄露、丢失的，乙方应及时通知甲方并协助补救，承担相应赔偿责任。

## 第九条 保密

双方应对在本合同履行过程中知悉的对方商业秘密予以保密，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

10.2 乙方不对甲方的间接损失、利润损失承担责任。

## 第十一条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 甲方义务

13.1 甲方应在合同签订后五个工作日内向乙方提供工序说明、作品样例图片、原材料及供应商清单等资料，并指定一名联系人配合需求调研和测试。

13.2 甲方应自行准备运行软件所需的服务器或云主机、网络环境及操作系统，相关费用由甲方承担。

13.3 甲方应按乙方提供的操作手册使用软件，因甲方操作不当或擅自修改系统配置造成的问题，乙方不承担责任。

## 第十四条 授权使用限制

14.1 甲方仅可在授权用户数范围内使用本软件，超过授权用户数的，应另行向乙方购买许可。

14.2 甲方不得对本软件进行出租、出借、转让或以其他方式提供给第三方使用，不得对软件进行反向工程。

## 第十五条 培训

15.1 乙方在系统上线前为甲方提供一次集中培训，培训时长为一个工作日，地点为甲方工作室。培训内容包括工序记录录入、作品档案建立、追溯二维码生成和订单台账的使用。

15.2 甲方新增人员的培训，可通过乙方提供的在线视频教程完成；如需乙方现场培训，按乙方当时的人天价格另行收费。

## 第十六条 不可抗力

因不可抗力或网络运营商、云服务商故障、黑客攻击、病毒等非乙方原因造成软件无法使用或数据丢失的，乙方不承担责任，但应协助甲方恢复。

## 第十七条 通知

双方往来通知以书面形式或电子邮件发送至本合同载明的地址，电子邮件发出即视为送达。一方联系方式变更的，应及时通知另一方，未通知的，按原联系方式发送即视为送达。

## 第十八条 其他

18.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

18.2 本合同未尽事宜，以乙方官方网站公布的服务规则为准。

18.3 本合同附件包括：定制开发需求说明、报价单。附件与本合同不一致的，以本合同为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

H947E01 = """T:Software Licence and Services Agreement
P:Agreement No. CW-2027-0419
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Customer"), and Ridgeline Maintenance Systems, Inc., an Arkansas corporation with its principal office in Conway, Arkansas, United States (the "Vendor").
P:The Customer wishes to obtain a perpetual licence to the Vendor's computerised maintenance management software and to have the Vendor implement it at the Customer's foundry. The Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Ridgeline CMMS, release 9, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, workflows, data conversion scripts and other work product prepared by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including equipment records, work orders, spare-parts inventories and maintenance histories.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and unlimited read-only users at the Customer's sites in Suzhou and Nantong, for the Customer's internal business purposes.
P:2.2 The Vendor shall perform the implementation services described in Annex 1: installation on the Customer's servers, configuration of asset hierarchies for the melting, moulding, fettling and machining shops, conversion of legacy maintenance records, an interface to the Customer's ERP for spare-parts purchasing, an interface to the plant historian for condition-based work orders, and user training.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin and shall be present at the Customer's site during configuration, testing and go-live.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,800,000 (the "Contract Price"), inclusive of applicable taxes, made up of: licence fee CNY 1,260,000; implementation services CNY 486,000; training CNY 54,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 25% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice and an advance-payment guarantee issued by a bank in mainland China.
P:4.2 The Customer shall pay 50% of the Contract Price within 30 days after the Vendor completes user acceptance testing and the Customer signs the test report. Signing that report is not acceptance of the Software.
P:4.3 The Customer shall pay the remaining 25% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named by the Vendor in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 90 days after signature and shall complete go-live within 150 days after signature.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 2 works as described; (b) converted records reconcile with the legacy system, with no missing asset or open work order; (c) the ERP interface transfers purchase requisitions without error for ten consecutive working days; (d) screens open within three seconds for 120 concurrent users; and (e) the Software runs for 30 days after go-live without a Severity 1 incident.
P:5.3 The Customer shall test against the criteria within 15 working days after the Vendor's written notice of readiness and shall either sign a Final Acceptance certificate or list the defects found. The Vendor shall correct the defects and the test shall be repeated. Go-live, productive use or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new releases and provide remote and on-site support free of charge.
P:6.2 Severity levels: Severity 1 means the Software is unavailable or maintenance work orders cannot be issued for a production line; Severity 2 means a major function is impaired with a workaround; Severity 3 means any other defect or a question. The Vendor shall respond to a Severity 1 incident within one hour, at any time of day, and restore service within eight hours; Severity 2 within two hours of a working day; Severity 3 within two working days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,000 against the next amount payable to the Vendor.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the licence fee, that is CNY 138,600 per year. This fee is fixed for the three years after the Warranty Period ends. Support renews only by a written order of the Customer.
H:Article 7 Intellectual Property
P:7.1 The Vendor keeps all intellectual property in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code with Final Acceptance, and the Customer may use, modify and license them to others without restriction.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:8.2 The Software is installed on the Customer's servers. The Vendor shall access them only through the Customer's VPN with an individual account approved for each session. All access is logged. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law in handling Customer Data and shall not transfer Customer Data out of mainland China.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall help the Customer contain it, and shall bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including process parameters, production plans, prices and the terms of this Agreement, and shall use it only for this Agreement.
P:9.2 This obligation does not apply to information that is public through no fault of the receiving party or that the receiving party must disclose by law. It survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete go-live by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
P:10.3 Neither party is liable for loss of profit or other indirect loss, except under Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the Warranty Period ends. The licence in Article 2.1 survives.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination before Final Acceptance, the Vendor shall refund the amounts paid for undelivered work and deliver all work in progress.
H:Article 13 Force Majeure
P:13.1 A party is excused from delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Arkansas, United States, without regard to its conflict-of-law rules.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. A dispute not settled within 30 days shall be decided by the state or federal courts located in Faulkner County, Arkansas, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 Annexes: Annex 1 Implementation Scope; Annex 2 Functional Specification and Acceptance Test Plan.
P:15.2 This Agreement is signed in English in two originals. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H947E02 = """# Order Form and General Terms — ShiftWise Workforce Cloud

Order Form No. RSW-CN-2027-006

## Part A — Order Form

### A1. Parties

**Provider:** Piney Hills Software, LLC, a Louisiana limited liability company, 210 North Vienna Street, Ruston, Louisiana, United States.

**Customer:** Hangzhou Qiantang Fresh Retail Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Subscribed Service

The Provider will provide the ShiftWise Workforce Cloud service (the "Service") for the Customer's 64 supermarkets and two distribution centres in Zhejiang and Jiangsu: demand-based staff scheduling, time and attendance with facial-recognition terminals supplied by the Customer, leave and overtime approval, labour-cost dashboards and a mobile app for employees. The subscription covers up to 5,200 active employee profiles. The Service is hosted for the Customer in a mainland China data centre operated by the Provider's hosting partner.

### A3. Subscription Term

The Subscription Term is 36 months from the Go-Live Date. The Go-Live Date is the date on which the Customer signs the Go-Live Acceptance Certificate under Part B Section 3. The Agreement ends when the Subscription Term ends unless the parties sign a new Order Form; there is no automatic renewal.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding and configuration (one-time) | fixed | 96,000 |
| Subscription, Subscription Year 1 | 5,200 profiles | 368,000 |
| Subscription, Subscription Year 2 | 5,200 profiles | 368,000 |
| Subscription, Subscription Year 3 | 5,200 profiles | 368,000 |
| Total Fees | | 1,200,000 |

All amounts include VAT. Additional profiles above 5,200 are charged at CNY 72 per profile per Subscription Year, pro rata; such usage charges are not part of the Total Fees.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance Certificate.

(b) The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 92,000, at the start of each quarter of the Subscription Term.

(c) The Customer pays each undisputed invoice within 30 days after receipt, in CNY, to the Provider's account in mainland China.

### A6. Contacts and Signature

Customer project lead: Director of Store Operations. Provider project lead: China Delivery Manager.

Signed for the Provider: ____________________   Date: __________

Signed for the Customer: ____________________   Date: __________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including employee records, schedules, attendance events, facial templates and payroll inputs, and all outputs derived from them for the Customer.

1.2 "Incident" means any failure of the Service to perform as described in the Documentation.

1.3 "Documentation" means the Provider's user guides and the functional specification attached to this Order Form.

### 2. Onboarding

2.1 The Provider will configure the Service for the Customer's store and shift structures, migrate two years of historic schedules and attendance data, build an interface to the Customer's payroll system and an interface to its point-of-sale system for sales forecasts, and train store managers and head-office users.

2.2 The Provider will complete onboarding and make the Service ready for Go-Live acceptance within 75 days after both parties sign this Order Form.

### 3. Go-Live Acceptance

3.1 Acceptance criteria: (a) all functions in the functional specification work in the Customer's production tenant; (b) migrated schedules and attendance data reconcile with the Customer's source files; (c) the payroll interface produces a full monthly payroll input file that the Customer's payroll team confirms as correct; (d) a pilot in eight stores runs for 21 days without a Priority 1 Incident.

3.2 The Customer will test within ten working days after the Provider's notice of readiness and will sign the Go-Live Acceptance Certificate or list the defects, which the Provider will correct before retesting. Use of the Service during the pilot is not acceptance.

3.3 If the Provider has not made the Service ready for Go-Live acceptance by the date in Section 2.2 for reasons attributable to it, it will pay the Customer CNY 960 for each day of delay, up to CNY 60,000 in total.

### 4. Service Levels

4.1 The Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Incident priorities: Priority 1 means the Service is unavailable, or employees cannot clock in or out, in more than ten stores; Priority 2 means a major function is impaired for some users; Priority 3 means a minor issue or a question.

4.3 The Provider will respond to Priority 1 Incidents within eight business hours, to Priority 2 Incidents within two business days and to Priority 3 Incidents within five business days. Business hours are 09:00 to 18:00 China Standard Time, Monday to Friday, excluding PRC public holidays.

4.4 If availability in a month falls below the commitment in Section 4.1, the Customer receives a service credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to 25% of that month's fee. Credits are deducted from the next invoice.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider will process Customer Data only to provide the Service and as instructed by the Customer in writing, and will not use it for any other purpose.

5.2 The Provider will keep Customer Data in mainland China, encrypted in transit and at rest, with role-based access, multi-factor authentication for administrators and audit logs kept for one year. Facial templates are stored separately and deleted when an employee profile is closed. The Provider will comply with the PRC Personal Information Protection Law and Data Security Law.

5.3 The Provider will notify the Customer within 24 hours after becoming aware of a personal data breach or other security incident affecting Customer Data, will take remedial measures, and is liable for losses caused by its failure to comply with this Section 5.

5.4 Within 30 days after the Agreement ends the Provider will return Customer Data in a standard format and then delete it, and will certify deletion in writing.

### 6. Confidentiality

6.1 Each party will protect the other party's confidential information with at least reasonable care, use it only for the Agreement and disclose it only to personnel and advisers who need to know it and are bound by similar duties.

6.2 These duties continue for three years after the Agreement ends, and for trade secrets as long as they remain trade secrets.

### 7. Intellectual Property

7.1 The Provider owns the Service and the Documentation. The Customer receives a right to use the Service during the Subscription Term.

7.2 The payroll and point-of-sale interfaces, the configuration of the Customer's store and shift structures, and the reports built for the Customer belong to the Customer, and the Customer may use, modify and have them maintained by others.

### 8. Subcontractors

8.1 The Provider may use subcontractors and sub-processors, including its hosting partner and implementation partners, to perform the Agreement. The Provider will give the Customer notice of any new subcontractor or sub-processor by updating the list in its customer portal at least 15 days before the change.

8.2 The Provider remains responsible for the acts and omissions of its subcontractors and sub-processors.

### 9. Limitation of Liability

9.1 Each party's total liability arising out of or related to the Agreement will not exceed the fees paid and payable by the Customer under the Agreement in the nine months before the event giving rise to the claim.

9.2 The limit in Section 9.1 does not apply to the Customer's payment obligations, to personal injury, or to fraud.

9.3 Neither party is liable for indirect or consequential loss or loss of profit.

### 10. Term and Termination

10.1 The Agreement starts when both parties sign this Order Form and ends at the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider will refund any fees paid for the period after termination.

10.3 Sections 5.4, 6 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the contacts in Section A6.

12.2 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.3 The Agreement is written in English; a Chinese translation may be prepared for reference only.
"""

H947E03 = """T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. JX-PM-CM-2027-03 (Buyer's standard form)
P:Buyer: Zhejiang Jiaxin Paper Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jiaxing, Zhejiang Province.
P:Supplier: Cane River Reliability Systems, Inc., a Louisiana corporation with its principal place of business in Natchitoches, Louisiana, United States, acting through its representative office in Shanghai.
P:The Buyer wishes to install wireless condition monitoring on the dryer sections, press sections and drive trains of its two paper machines. The Supplier has offered sensors, gateways, edge servers and a monitoring software licence, and the installation and training needed to put them into service. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and edge servers listed in Clause 2.
P:1.2 "Software" means the Supplier's RiverWatch condition monitoring software, licensed for 240 measuring points, and its documentation.
P:1.3 "System" means the Equipment and the Software as installed, configured and integrated at the Buyer's mill.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 5.
P:1.5 "Technical Specification" means Annex 1, which sets out the functions, performance and environmental ratings of the Equipment and the Software.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the System, integrate it with the Buyer's distributed control system and maintenance system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,740,000, including VAT, packing, transport to the mill, insurance, import duties and all other charges, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|220|2,650|583,000
TB:2|Industrial wireless gateway|18|14,800|266,400
TB:3|Edge analytics server|2|86,500|173,000
TB:4|RiverWatch software licence, perpetual, 240 points|1|512,000|512,000
TB:|Equipment and Software Subtotal|||1,534,400
TB:5|Installation, commissioning and integration|1|178,600|178,600
TB:6|Training|1|27,000|27,000
TB:|Contract Price|||1,740,000
P:2.3 The Contract Price is fixed and is not subject to adjustment for exchange rates or costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 working days after the Equipment has been installed and the parties have signed an Installation Certificate. The Installation Certificate records completeness and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
P:3.4 Each payment is due only against a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's mill within 60 days after signature and shall complete installation and commissioning within 45 days after delivery.
P:4.2 Installation work on a paper machine shall be carried out only during the machine shutdowns scheduled by the Buyer, and the Supplier shall follow the Buyer's permit-to-work and lock-out rules.
P:4.3 The Equipment shall be new, of current manufacture and suitable for the temperature, humidity and vibration conditions of a paper machine hall as described in the technical specification. Sensors in the dryer section shall be rated for continuous operation at the surface temperatures stated there.
P:4.4 On delivery the parties shall jointly open the packages and check the quantities, models and visible condition against the packing lists. Missing or damaged items shall be replaced by the Supplier within ten days at its own cost. Title and risk pass to the Buyer on signature of the delivery receipt.
P:4.5 If the Supplier fails to meet a date in Clause 4.1 for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 The acceptance criteria are: (a) every sensor reports to the Software at its configured interval throughout a seven-day test; (b) vibration readings of twenty sample points agree with a calibrated portable analyser within the tolerance in the technical specification; (c) alarms configured for the dryer bearings reach the Buyer's distributed control system within ten seconds; (d) work requests created from alarms appear in the Buyer's maintenance system; and (e) the System runs for 30 consecutive days without a Severity 1 fault.
P:5.2 When the criteria are met the Buyer shall sign the Final Acceptance Certificate within ten working days. Delivery, installation, the Installation Certificate and the Buyer's use of the System do not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period it shall repair or replace defective Equipment, correct Software defects, supply Software updates and provide remote and on-site support free of charge. Replacement sensors shall be delivered within five days.
P:6.2 Severity 1 means the Software or an edge server is down, or more than twenty sensors stop reporting. The Supplier shall respond to a Severity 1 fault within two hours and restore service within one day. Severity 2 faults shall be answered within eight hours and fixed within three days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Supplier shall provide support on the same terms for at least two further years at 8.5% of the Equipment and Software Subtotal per year, that is CNY 130,424 per year. This price is fixed and shall not be increased. Post-warranty support is ordered year by year by the Buyer and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use it at the mill.
P:7.2 The machine models, alarm rules, dashboards and integration programs developed for the Buyer under this Contract belong to the Buyer. The Supplier shall deliver their source files, and the Buyer may use, modify and license them freely.
H:8. Data Protection and Security
P:8.1 All measurement data, alarms, reports and plant information collected by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The System runs on the Buyer's own network. The Supplier's remote access is allowed only through the Buyer's bastion host, with approval for each session and full logging, and the Supplier shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the System or the Buyer's data, cooperate in the investigation and bear the losses caused by its breach of this Clause.
H:9. Training and Documentation
P:9.1 The Supplier shall train up to twelve of the Buyer's maintenance engineers and reliability staff in two sessions at the mill, covering sensor installation and replacement, gateway configuration, reading spectra and trends, setting alarm limits, and routine administration of the Software.
P:9.2 The Supplier shall deliver, in Chinese and English, the installation records, sensor location drawings, network diagrams, configuration backups, user and administrator manuals and a recommended spare parts list before Final Acceptance.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information received under this Contract and shall not disclose it to third parties without the other party's prior written consent.
P:10.2 This obligation survives the end of this Contract for three years.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Clauses 8 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of its work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the liquidated damages under Clause 4.5 reach their maximum. The Supplier shall then refund the amounts paid for anything not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.
H:15. General
P:15.1 Annexes: Annex 1 Technical Specification; Annex 2 Sensor Location List; Annex 3 Acceptance Test Plan.
P:15.2 This Contract is made in English and Chinese. Both texts have equal force.
P:15.3 Any change to this Contract, including any change to the scope, price or dates, must be agreed in writing and signed by authorised representatives of both parties.
P:15.4 Notices under this Contract shall be sent in writing to the addresses stated above or to another address notified in writing. A notice sent by e-mail is received on the next working day.
P:15.5 The Supplier shall comply with the Buyer's environmental, health and safety rules at the mill and shall remove its packaging and waste from the site.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H947E04 = """# Managed IT Services Agreement

Agreement No. TBM-2027-HZ-11

This Managed IT Services Agreement (the "Agreement") is made between:

**Huizhou Lianfeng Electronics Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Huizhou, Guangdong Province (the "Customer"); and

**Terrebonne Managed Services, LLC**, a Louisiana limited liability company with its principal office in Houma, Louisiana, United States, acting through its service centre in Shenzhen (the "Provider").

The Customer wishes to outsource the operation of its service desk, end-user device support and site infrastructure support at its Huizhou plant and offices. The Provider has the staff and tools to provide these services. The parties therefore agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Monthly Service Charge" means the fixed monthly charge in Schedule 3.

1.4 "Transition" means the work needed to take over the Services from the Customer's internal team, described in Section 3.

1.5 "Service Commencement Date" means the day after the Customer signs the Transition Acceptance Certificate.

1.6 "Customer Data" means all data of the Customer, its employees and its customers that the Provider handles in performing the Services.

## 2. Term

2.1 The Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The Agreement ends when the service term ends. Any extension requires a written amendment signed by both parties; the Agreement does not renew automatically.

## 3. Transition

3.1 The Provider shall complete the Transition within 60 days after signature. The Transition covers knowledge transfer from the Customer's team, inventory of all end-user devices and site infrastructure, set-up of the Provider's ticketing tool with the Customer's service catalogue, and two weeks of parallel running.

3.2 Transition acceptance criteria: (a) the asset inventory is complete and confirmed by the Customer's IT manager; (b) all open tickets have been migrated; (c) knowledge articles exist for the top fifty request types; (d) during parallel running, the Provider met the Service Levels in Schedule 2 for ten consecutive working days.

3.3 When the criteria are met the Customer shall sign the Transition Acceptance Certificate within five working days or list the shortcomings, which the Provider shall remedy before a new test.

3.4 If the Transition is not accepted within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Services and Staffing

4.1 The Provider shall perform the Services described in Schedule 1 with skilled staff, in accordance with good industry practice and the Customer's IT policies and site rules.

4.2 The Provider shall keep at least six engineers on site at the Huizhou plant during the Customer's working hours and an on-call engineer outside those hours. Key personnel named in Schedule 1 may be replaced only with the Customer's approval, which shall not be unreasonably withheld.

4.3 The Provider shall report monthly on Service Level performance, ticket volumes, trends and improvement actions, and shall attend a monthly service review with the Customer.

4.4 The Customer shall give the Provider's engineers access to the plant and offices, desk space, network access through accounts issued by the Customer, and the spare devices and parts it has agreed to stock. Purchases of new hardware and software remain the Customer's responsibility, and the Provider shall advise on them when asked.

4.5 The Provider shall follow the Customer's change management process for any change to infrastructure or standard device images, and shall not make changes on production lines without the approval of the production supervisor on shift.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2.

5.2 If the Provider misses a Service Level in a month, the Customer receives the service credit stated in Schedule 2. Service credits are deducted from the next invoice. Total service credits in a month shall not exceed 20% of that month's Monthly Service Charge.

5.3 If the Provider misses the same Service Level in three consecutive months, the Customer may terminate the Agreement under Section 10.2.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The total contract value over the service term, including the one-time Transition fee, is CNY 2,220,000, including VAT.

6.2 The Transition fee is invoiced after the Customer signs the Transition Acceptance Certificate. The Monthly Service Charge is invoiced monthly in arrears.

6.3 The Customer shall pay each correct invoice within 30 days after receipt.

6.4 The charges are fixed for the service term. Additional services outside Schedule 1 require a written change order agreed by both parties.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only as needed to perform the Services.

7.2 At the end of the Agreement the Provider shall hand over to the Customer all Customer Data, tickets and documentation held by it.

## 8. Intellectual Property

8.1 The Provider keeps its ticketing tool, methods and general know-how.

8.2 Knowledge articles, runbooks, scripts, configuration records and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to a successor provider.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value stated in Section 6.1.

9.2 The limit does not apply to personal injury or to wilful misconduct.

9.3 Neither party is liable for indirect loss or loss of profit.

## 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.2 The Customer may also terminate this Agreement by written notice in the case described in Section 5.3.

10.3 On expiry or termination the Provider shall cooperate in an orderly exit for up to 60 days, transfer knowledge to the Customer or its new provider, and continue the Services at the current charges during that period if the Customer asks.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

13.1 Notices shall be in writing and sent to the addresses above.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact in Mandarin and English by phone, portal and e-mail; ticket logging, first-line resolution, escalation | 07:30 to 22:00, Monday to Saturday |
| End-user device support | Installation, moves, repair and replacement of about 1,450 desktops, laptops, printers and scanners; image management; asset tagging | Plant working hours |
| Site infrastructure support | Monitoring and first-line support of LAN switches, Wi-Fi access points, server room power and cooling, and the CCTV recorders | 24 x 7 monitoring, on-site engineers in working hours |
| Production floor support | Support for shop-floor terminals, label printers and barcode scanners on the SMT and assembly lines | All production shifts |
| Asset and licence management | Maintain the asset register and software licence records; quarterly reconciliation | Monthly reporting |
| Key personnel | Service manager, site team lead, infrastructure lead | Named in the Transition plan |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service credit if missed in a month |
|---|---|---|
| Priority 1 incident (production line stopped or more than 50 users affected): response | within 30 minutes, 24 x 7 | 3% of the Monthly Service Charge |
| Priority 1 incident: restoration | within 3 hours | 3% of the Monthly Service Charge |
| Priority 2 incident (single department affected): response | within 1 hour in working hours | 2% of the Monthly Service Charge |
| Priority 3 incident or service request: resolution | 90% within 2 working days | 1% of the Monthly Service Charge |
| Service desk calls answered | 90% within 60 seconds | 1% of the Monthly Service Charge |
| Customer satisfaction survey | average of at least 4.2 out of 5 | 1% of the Monthly Service Charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition acceptance | 132,000 |
| Monthly Service Charge | 58,000 per month x 36 months | 2,088,000 |
| Total contract value | | 2,220,000 |
| Additional end-user devices above 1,600 | per device per month, usage charge, not part of the total | 36 |
"""

H947E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. ETX-API-2027-52

PARTIES

This Data Subscription and API Access Agreement (the "Agreement") is made between East Texas Agri-Data Corporation, a Texas corporation with its principal office in Tyler, Texas, United States (the "Provider"), and Shandong Hengfeng Feed Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Linyi, Shandong Province (the "Customer").

BACKGROUND

The Provider operates a data service that collects, cleans and publishes grain and oilseed market prices, crop condition reports and weather observations and forecasts for the main growing regions of the Americas, and makes them available through an application programming interface (the "API"). The Customer buys corn, soybean meal and other feed ingredients and wishes to feed the Provider's data into its purchasing and risk systems.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by the Provider from time to time, and any extracts of them delivered through the API or by file transfer.

1.2 "Subscription Year" means each period of 365 consecutive days, the first starting on the Activation Date.

1.3 "Activation Date" means the date on which the Customer signs the Integration Acceptance Certificate under Clause 4.

1.4 "Customer Inputs" means the purchase volumes, supplier lists, portfolio positions, query parameters, watch lists and other information the Customer submits to the API or gives to the Provider.

1.5 "Connector" means the integration connector and data mapping prepared by the Provider for the Customer under Clause 3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data within the Customer's group companies in mainland China for internal purchasing, pricing, risk management and reporting.

2.2 The subscription covers up to 40 named users of the web console and up to two million API calls per Subscription Year. Calls above that volume are charged under Schedule B and are not part of the Total Fees.

2.3 The Customer shall not resell the Data or publish it outside its group, except in internal reports and in summaries that do not allow the Data to be rebuilt.

2.4 The initial Subscription Term is two Subscription Years.

3. INTEGRATION SERVICES

3.1 The Provider shall build a Connector that loads the Data into the Customer's data warehouse each hour, maps the Provider's commodity codes to the Customer's material codes, converts units and currencies, and writes exception logs.

3.2 The Provider shall also configure three dashboards in the Customer's business intelligence tool: daily price movements, crop condition by region, and weather risk for the next fifteen days.

3.3 The Provider shall complete the integration services and notify the Customer that the Connector is ready for acceptance testing as soon as reasonably practicable, with a target of 45 days after signature.

4. INTEGRATION ACCEPTANCE

4.1 Acceptance criteria: (a) all datasets in Schedule A load without error for ten consecutive days; (b) prices for a sample of thirty commodity-market pairs agree with the Provider's console; (c) material-code mapping covers every material on the Customer's list; (d) the three dashboards refresh automatically after each load.

4.2 The Customer shall test within ten working days after the Provider's notice and shall sign the Integration Acceptance Certificate or list the defects. The Provider shall correct them and the test shall be repeated. Use of the Data during testing is not acceptance.

5. SERVICE LEVELS

5.1 The Provider shall make the API available 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance.

5.2 Data latency: daily market prices shall be published within two hours after the close of the relevant market; weather observations within one hour after the observation time.

5.3 Support: a Priority 1 issue (the API is unavailable, or a dataset has not updated for more than one business day) shall be answered within one hour, at any time, and worked on continuously until resolved. A Priority 2 issue shall be answered within one business day.

5.4 Service credits: if monthly API availability falls below the level in Clause 5.1, the Customer receives a credit of 10% of the monthly equivalent of the annual fee for each full 0.5 percentage point of shortfall, up to 50% of that monthly amount. If a Priority 1 issue is answered late, the Customer receives a credit of CNY 800 for each hour of delay. Credits are applied to the next invoice.

6. FEES AND PAYMENT

6.1 The fees are set out in Schedule B. The Total Fees for the initial Subscription Term are CNY 644,000, including VAT: a one-time integration fee of CNY 48,000 and a subscription fee of CNY 298,000 for each of the two Subscription Years.

6.2 The integration fee is invoiced after the Integration Acceptance Certificate is signed.

6.3 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 74,500 at the start of each quarter.

6.4 The Customer shall pay each invoice within 30 days after receipt.

7. RENEWAL

7.1 After the initial Subscription Term, this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

7.2 For each renewal period the Provider may increase the subscription fee to its then-current list price, by notice given at least 75 days before the renewal date. The increase applies unless the Customer gives notice of non-renewal.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Provider shall use them only to provide the service to the Customer and shall not disclose them, combine them with other customers' information or use them for any other purpose.

8.2 The Provider shall protect Customer Inputs with encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and logged access. Customer Inputs are stored in the Provider's mainland China region, operated with a licensed local cloud provider, and are not transferred abroad.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of unauthorised access to Customer Inputs or the Customer's accounts, shall take remedial steps and shall be liable for losses caused by its breach of this Clause 8.

8.4 The Customer is responsible for keeping its API keys secure and shall tell the Provider at once if it suspects a key has been misused.

9. INTELLECTUAL PROPERTY

9.1 The Provider and its data sources keep all rights in the Data, the API and the console.

9.2 The Connector, the code mapping tables and the three dashboards belong to the Customer. The Provider shall deliver the Connector's source code on acceptance, and the Customer may use, modify and have it maintained by others.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential all non-public information received from the other party, including the terms of this Agreement, and shall use it only for this Agreement.

10.2 These duties continue for three years after the Agreement ends.

11. WARRANTIES AND DISCLAIMER

11.1 The Provider warrants that it collects the Data with reasonable skill and care from the sources described in Schedule A and that it has the right to license the Data to the Customer.

11.2 Market and weather data may contain errors from original sources. The Provider shall correct errors it finds or that the Customer reports, within two business days.

12. LIMITATION OF LIABILITY

12.1 Each party's total liability under this Agreement is limited to 200% of the Total Fees.

12.2 The limit does not apply to breach of Clause 8 or Clause 10, to the Customer's payment obligations, or to fraud.

12.3 Neither party is liable for trading losses, loss of profit or other indirect loss.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and continues for the initial Subscription Term and any renewal period.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

13.3 On termination for the Provider's breach, the Provider shall refund the fees paid for the period after termination.

13.4 On expiry or termination, the Customer may keep Data received before that date for its internal records, and the Provider shall return and then delete Customer Inputs within 30 days.

14. SUBCONTRACTING

14.1 The Provider shall not subcontract its obligations under this Agreement, other than the hosting of its mainland China region, without the Customer's prior written consent. The hosting provider is approved by signature of this Agreement.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding.

16. GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

16.2 Amendments must be in writing and signed by both parties.

SCHEDULE A - DATASETS

Grain and oilseed cash prices at ninety delivery points; futures settlement prices for corn, soybeans, soybean meal, soybean oil and wheat; weekly crop condition and progress reports; daily weather observations from 1,100 stations; and fifteen-day forecasts for the main growing regions.

SCHEDULE B - FEES

Integration fee (one-time): CNY 48,000
Subscription fee, Subscription Year 1: CNY 298,000
Subscription fee, Subscription Year 2: CNY 298,000
Total Fees: CNY 644,000
Additional API calls above two million per Subscription Year: CNY 60 per thousand calls

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and the design list
# ---------------------------------------------------------------------------------------------------------------
NAMES = {
    "h947z01": ("h947z01_culture_bureau_open_air_film_platform.pdf", "zh", "software"),
    "h947z02": ("h947z02_ruler_factory_line_control_retrofit.docx", "zh", "hardware"),
    "h947z03": ("h947z03_karting_school_booking_membership_saas.txt", "zh", "cloud"),
    "h947z04": ("h947z04_transport_bureau_low_altitude_surveillance_om.txt", "zh", "services"),
    "h947z05": ("h947z05_ousu_studio_process_tracking_supplier_template.md", "zh", "software"),
    "h947e01": ("h947e01_foundry_cmms_perpetual_licence_arkansas_vendor.pdf", "en", "software"),
    "h947e02": ("h947e02_retail_workforce_saas_order_form.md", "en", "cloud"),
    "h947e03": ("h947e03_paper_mill_vibration_sensors_monitoring.docx", "en", "hardware"),
    "h947e04": ("h947e04_electronics_managed_it_services_36_months.md", "en", "services"),
    "h947e05": ("h947e05_feed_group_agri_data_api_subscription.txt", "en", "cloud"),
}
SOURCES = {"h947z01": H947Z01, "h947z02": H947Z02, "h947z03": H947Z03, "h947z04": H947Z04, "h947z05": H947Z05,
           "h947e01": H947E01, "h947e02": H947E02, "h947e03": H947E03, "h947e04": H947E04, "h947e05": H947E05}

G, S = "goods_or_licence", "service"


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld, capped, deemed, cv):
    d = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = cv
    return d


LABELS = {
    "h947z01": (T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                  False, "PRC", G), X(True, True, True, False, 1748000)),
    "h947z02": (T(None, 2, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 26, False, True,
                  False, "PRC", G), X(True, True, True, False, 1610000)),
    "h947z03": (T(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                  False, "PRC", S), X(True, True, None, False, 630000)),
    "h947z04": (T(99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                  False, False, "PRC", S), X(True, True, None, False, 756000)),
    "h947z05": (T(None, None, False, "supplier", True, False, True, 0.03, 20, 50, False, False, 6, 18, False, True,
                  None, "PRC", G), X(False, True, True, True, 440000)),
    "h947e01": (T(None, 1, True, "buyer", True, True, True, 0.08, 150, 25, True, True, 24, 11, False, True, False,
                  "Arkansas", G), X(True, True, True, False, 1800000)),
    "h947e02": (T(99.95, 8, True, "buyer", True, True, True, 960 / 1200000 * 100, 9 / 36 * 100, None, True, None,
                  None, None, False, True, True, "PRC", S), X(True, True, None, False, 1200000)),
    "h947e03": (T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8.5, False, True, False,
                  "PRC", G), X(True, True, True, False, 1740000)),
    "h947e04": (T(None, 0.5, True, "buyer", False, True, False, 2000 / 2220000 * 100, 150, None, True, None, None,
                  None, False, True, False, "PRC", S), X(True, True, None, False, 2220000)),
    "h947e05": (T(99.95, 1, True, "buyer", True, True, True, None, 200, None, True, None, None, None, True, True,
                  False, "PRC", S), X(True, False, None, False, 644000)),
}

# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"h947z01": 980000, "h947z02": 1386000, "h947z05": 168000, "h947e01": 1260000, "h947e03": 1534400}
FORUM_OUTSIDE_MAINLAND = {"h947e01": True}  # Faulkner County, Arkansas courts (the law already fires the rule)

DESIGN = {
    "h947z01": [],
    "h947z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h947z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h947z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h947z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h947e01": ["CR-GOVERNING-LAW"],
    "h947e02": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h947e03": [],
    "h947e04": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"],
    "h947e05": ["CR-AUTO-RENEWAL", "CR-LD-MISSING"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# policy §3 thresholds (defaults of the shipped pack)
AVAIL_MIN, P1_MAX_H, LD_MIN, CAP_MIN, PRE_MAX, WAR_MIN, PWF_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")  # with no SLA at all, the P1 response time is unstated (changed by the requester, see NOTES)
        r.add("CR-SLA-RESPONSE")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
            r.add("CR-SLA-AVAILABILITY")
        if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX_H:
            r.add("CR-SLA-RESPONSE")
        if not t["sla_remedy"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PRE_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < WAR_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > PWF_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE_MAINLAND.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
NUM_L = r"(?<![\d.,])"
PATTERNS = [
    NUM_L + r"99\.9(?:0*)(?![\d])",
    NUM_L + r"(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"(?i)(?<![\w-])(?:thirty|fifteen|forty|one\s*hundred)\s*(?:percent|per\s*cent|%)",
    r"百分之(?:三十|十五|四十|百|一百)(?![零一二三四五六七八九十点])",
    NUM_L + r"0?\.05\s*(?:%|％|percent)",
    r"万分之五(?![十百])",
    r"千分之零?点五",
    NUM_L + r"4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b|-hour)",
    r"(?<![二十])四(?:个)?小时",
    r"(?i)(?<![\w-])four\s*(?:\(4\)\s*)?(?:hours?|-hour)",
    NUM_L + r"12\s*(?:个月|months?\b|-month)",
    r"(?<![一二三四五六七八九])十二个月",
    r"(?i)(?<![\w-])twelve\s*(?:\(12\)\s*)?(?:months?|-month)",
    r"(?i)(?:one|1)[\s-]*year\s*warranty",
    r"质保期?(?:为)?(?:一|1)年",
]
MUST_HIT = ["99.9%", "99.90 %", "30%", "15 %", "40％", "100%", "thirty percent", "百分之三十", "百分之十五",
            "百分之四十", "百分之百", "0.05%", ".05%", "万分之五", "千分之零点五", "4小时", "4 小时", "四小时",
            "4 hours", "4hours", "within four hours", "four (4) hours", "12个月", "十二个月", "12 months",
            "12-month", "twelve months", "one-year warranty", "质保期一年", "4-hour"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "0.5%",
             "130%", "115%", "百分之三十五", "万分之五十", "2027年12月31日", "18个月", "二十四个月",
             "120 months", "0.055%", "4.2 out of 5", "1,400%", "12 hours", "150%", "200%", "25%", "2.15%"]


def scan(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text)]


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------------------------------
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


def measure(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


# price sums (items -> contract value), payment splits and fixed post-warranty fees as stated in the texts
PRICES = {
    "h947z01": ([980000, 624000, 118000, 26000], [20, 45, 35]),
    "h947z02": ([408000, 324000, 72000, 234000, 348000, 186000, 38000], [10, 55, 35]),
    "h947z03": ([40 * 6800 * 2, 86000, 136000 * 4 - 272000 * 2], None),
    "h947z04": ([189000 * 4], None),
    "h947z05": ([168000, 236000, 36000], [50, 50]),
    "h947e01": ([1260000, 486000, 54000], [25, 50, 25]),
    "h947e02": ([96000, 368000 * 3, 92000 * 4 * 3 - 368000 * 3], None),
    "h947e03": ([220 * 2650, 18 * 14800, 2 * 86500, 512000, 178600, 27000], [10, 55, 35]),
    "h947e04": ([132000, 58000 * 36], None),
    "h947e05": ([48000, 298000 * 2, 74500 * 4 * 2 - 298000 * 2], None),
}
FIXED_FEES = {"h947z01": 88200, "h947z02": 360360, "h947z05": 30240, "h947e01": 138600, "h947e03": 130424}


def check_prices():
    for key, (items, split) in PRICES.items():
        assert sum(items) == LABELS[key][1]["contract_value"], key
        assert split is None or sum(split) == 100, key
    assert 408000 + 324000 + 72000 + 234000 + 348000 == FEE_BASE["h947z02"]
    assert 220 * 2650 + 18 * 14800 + 2 * 86500 + 512000 == FEE_BASE["h947e03"]
    for key, fee in FIXED_FEES.items():
        assert round(FEE_BASE[key] * LABELS[key][0]["post_warranty_fee_pct"] / 100) == fee, key


def main():
    selftest()
    check_prices()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {}
    for key, (name, lang, cat) in NAMES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
        else:
            built[key] = (name, ext)
    write(SOURCES, built, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, lang, cat) in NAMES.items():
        t, x = LABELS[key]
        text = read_back(OUT / name)
        n = measure(text, lang)
        lo, hi = RANGES[lang]
        if not lo <= n <= hi:
            problems.append(f"{key}: length {n} not in {lo}-{hi}")
        hits = scan(text) + scan(re.sub(r"\s+", " ", text)) + scan(re.sub(r"\s+", "", text))
        if hits:
            problems.append(f"{key}: threshold figures {sorted(set(hits))}")
        # label values never on a threshold
        for k, thr in (("availability_pct", AVAIL_MIN), ("p1_response_hours", P1_MAX_H),
                       ("ld_rate_per_day_pct", LD_MIN), ("liability_cap_pct", CAP_MIN),
                       ("prepayment_pct", PRE_MAX), ("warranty_months", WAR_MIN),
                       ("post_warranty_fee_pct", PWF_MAX)):
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append(f"{key}: {k} on threshold")
        share = tco_share(key, t, x)
        if share is not None and abs(share - TCO_MAX) <= 2:
            problems.append(f"{key}: TCO share {share:.2f} within 2 points of {TCO_MAX}")
        if (t["contract_kind"] == G) != ("post_warranty_fee_capped" in x):
            problems.append(f"{key}: capped key vs kind")
        rules = derive(key, t, x)
        if rules != sorted(DESIGN[key]):
            problems.append(f"{key}: derived {rules} != design {sorted(DESIGN[key])}")
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        print(f"{key}: {n} {'chars' if lang == 'zh' else 'words'}; risk {risk(rules)}; "
              f"tco {'-' if share is None else f'{share:.2f}%'}; {rules}")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(f"rules never fired: {missing}")
    lows = [k for k in NAMES if not derive(k, *LABELS[k])]
    if sorted(lows) != ["h947e03", "h947z01"]:
        problems.append(f"compliant drafts {lows}")
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
