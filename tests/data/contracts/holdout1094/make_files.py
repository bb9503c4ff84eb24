"""holdout1094: builds the ten draft contracts of this folder from the sources below (.txt/.md written as is;
.docx/.pdf through ../word_pdf.py), writes their .json labels and asserts the brief's checks: labels vs. the design
list (rules derived from the labels with my reading of policy section 3), coverage of all 20 CR rules, the mix, text
lengths as read back, no label value on a policy threshold, and a threshold-figure scan of every built file (raw,
whitespace-collapsed and whitespace-free), self-tested on must-hit and must-miss strings.

Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

SOURCES = {}
SOURCES['h1094z01'] = r'''T:××市文化和旅游局网吧监管服务平台采购合同
P:合同编号：WLJ-ZFCG-2026-0418
P:采购人（甲方）：××市文化和旅游局
P:供应商（乙方）：××云网数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号：WLCG-2026-031）、乙方投标文件及中标通知书，甲乙双方就网吧监管服务平台软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“网吧监管服务平台”软件永久使用许可，覆盖全市上网服务营业场所及各区县文化市场综合执法队。
P:1.2 乙方按甲方需求完成定制开发，包括：场所经营数据接入接口、未成年人上网核查模块、执法检查移动端、监管驾驶舱，以及与省级文化市场技术监管平台的数据对接。
P:1.3 乙方负责平台在甲方指定政务云环境的部署、联调、数据初始化和人员培训。
P:1.4 需求规格说明书、分项报价表、验收方案及乙方投标文件为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾柒万陆仟元整（¥1,476,000），为固定总价，包含软件许可、开发、部署、培训、税费及乙方履约所需的全部费用。
P:2.2 分项价格：平台软件许可费¥860,000；定制开发费¥472,000；部署实施费¥118,000；培训费¥26,000。
P:2.3 合同履行期间，除甲方书面变更需求外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同总价10%的履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥295,200。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的45%，即¥664,200。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，即¥516,600。
P:3.4 乙方每次请款前应向甲方开具等额合法增值税发票；甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署及全部定制开发，并书面申请初验。
P:4.2 初验合格后进入为期九十日的试运行；试运行结束后十日内，乙方书面申请最终验收。
P:4.3 乙方应按周向甲方提交项目进度报告，重大风险应在发现后两个工作日内书面报告。
P:4.4 乙方应指派具有同类项目经验的项目经理及不少于六名技术人员驻场实施，项目经理未经甲方同意不得更换。
P:4.5 乙方应为甲方及各区县执法人员提供不少于三期集中培训和一期管理员专项培训，并提供培训教材、视频及考核记录，确保相关人员能够独立使用和管理平台。
H:第五条 验收
P:5.1 验收标准：（1）需求规格说明书所列功能全部实现；（2）场所经营数据接入率不低于98%，数据延迟不超过60秒；（3）300个并发用户下页面平均响应时间不超过3秒；（4）第三方安全测评机构出具的测评报告无中、高危漏洞；（5）试运行期间未发生一级故障；（6）源代码、部署文档、操作手册及培训记录已完整移交。
P:5.2 初验由甲方组织；最终验收由甲方会同技术专家进行，并出具书面验收报告。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
P:5.3 平台上线、试运行或甲方实际使用，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期内，乙方每季度提供一次巡检服务并出具巡检报告，对平台性能、安全漏洞和数据质量提出整改建议。
P:6.3 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥68,800），该价格自质保期满起三年内不得上调。维护服务按年另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级及时限：一级故障（平台整体不可用或数据接入中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（主要功能异常）2小时内响应，24小时内解决；三级故障于下一个工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发成果（包括接口程序、未成年人核查模块、执法移动端、驾驶舱、源代码及技术文档）的知识产权归甲方所有，甲方有权自行修改、使用或许可第三方使用。
P:8.3 乙方保证其交付物不侵犯任何第三方合法权益；因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台中的场所经营数据、上网人员实名信息、执法记录等全部数据属于甲方所有，乙方不得将其用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应按网络安全等级保护第三级要求实施部署，落实访问控制、加密存储、操作审计；乙方人员仅可经甲方堡垒机审批后访问生产环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内向甲方报告并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息、系统架构及账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
P:10.3 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请初验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过三十日，或交付物经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按国家有关规定承担责任。
H:第十二条 分包与转包
P:乙方不得将本项目全部或部分分包、转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的开发成果、源代码、文档及甲方全部数据，并配合甲方完成系统交接，不得删除或锁定任何数据。
P:13.3 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
P:签订日期：2026年　月　日'''

SOURCES['h1094z02'] = r'''T:装订设备生产线控制系统改造合同
P:合同编号：ZD-JG-2026-027
P:甲方（买方）：××电动装订机制造有限公司
P:乙方（卖方）：××智能控制工程有限公司
P:鉴于甲方拟对其总装车间六条电动装订机生产线的控制系统进行升级改造，乙方具备相应的设计、供货、安装及软件开发能力，双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线原有继电器控制系统的拆除、PLC控制柜及伺服系统的供货安装、视觉检测单元的加装、产线监控软件的部署，以及与甲方MES系统的数据对接。
P:1.2 改造应分线实施，每次停线不超过五日，确保其余生产线正常生产；停线计划须经甲方生产部书面确认。
P:1.3 改造完成后，乙方应对六条生产线统一设备编码、报警代码和操作界面风格，便于甲方统一管理和人员轮岗。
P:1.4 乙方提供的设备应为全新原厂产品，并随货提供合格证、说明书、电气原理图及备件清单。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰叁拾叁万元整（¥1,330,000），含设备、软件、运输、安装、调试、培训及税费。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含编程）|6套|98,000|588,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|HMI触摸屏|6台|6,800|40,800
TB:4|视觉检测单元|6套|21,000|126,000
TB:5|产线监控软件许可（永久）|1套|168,000|168,000
TB:|软硬件小计|||1,150,800
TB:6|安装调试（含停线改造）|1项|96,000|96,000
TB:7|程序编制及MES数据对接|1项|74,000|74,000
TB:8|操作及维修培训|1项|9,200|9,200
TB:|合同总价|||1,330,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或汇率变动而调整。因甲方书面变更改造范围而增减的工作量，按上表单价或双方另行确认的价格结算。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥133,000。
P:3.2 六条生产线全部安装完毕并经甲方签收后，甲方支付合同总价的55%，即¥731,500；签收仅确认数量及外观，不视为验收。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，即¥465,500。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后六十日内完成全部设备到货，并于到货后七十五日内完成六条生产线的改造调试。
P:4.2 乙方应在每条生产线停线前三日提交改造方案、回退方案和人员名单；改造失败的，乙方应在停线期限内恢复原系统运行，由此产生的费用由乙方承担。
P:4.3 乙方现场人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。
P:4.4 乙方应为甲方操作工、电工及设备工程师分批提供操作、编程和故障诊断培训，累计不少于六十课时，并提供中文培训教材及考核记录。
P:4.5 乙方应在最终验收前向甲方移交全部技术资料，包括电气原理图、接线图、PLC及HMI程序备份、参数清单、软件安装介质、操作维护手册及备件清单，纸质版和电子版各一套。
H:第五条 验收
P:5.1 每条生产线改造后连续试生产七十二小时，并满足以下标准：（1）装订节拍不低于每分钟38本；（2）视觉检测漏检率不高于0.2%；（3）急停及安全门联锁功能全部有效；（4）产量、停机及报警数据实时写入MES，数据差异为零。
P:5.2 六条生产线全部合格并稳定运行三十日后，由甲方组织最终验收并签署验收报告。不合格的，乙方应在十日内整改后重新验收。
P:5.3 设备签收、试生产或甲方投入使用，均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内设备及软件出现故障的，乙方免费维修或更换，并承担往返运费及人工费。
P:6.2 故障分级及响应：一级故障（整条生产线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单台设备或单项功能异常）2小时内响应，48小时内修复。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥500；因此造成甲方停产的，乙方另行赔偿实际损失。
P:6.4 乙方应在甲方厂区常备PLC模块、伺服驱动器、触摸屏等关键备件，备件清单经甲方确认；质保期内备件消耗由乙方免费补充。
P:6.5 质保期内，乙方每半年对六条生产线进行一次预防性巡检，检查电气柜温升、接线端子、伺服参数及程序备份，并出具巡检报告。
P:6.6 质保期满后，乙方提供年度维保服务（含定期巡检、备件优惠及软件升级），年度维保费为软硬件小计的7%，即每年¥80,556，质保期满后三年内不得上调。维保合同按年签订，不自动续期。
H:第七条 知识产权
P:7.1 产线监控软件的原有知识产权归乙方所有，乙方授予甲方永久使用许可，许可范围包括甲方今后新增的同类生产线。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、MES对接程序及其源代码、电气图纸的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数及产品配方属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方信息部门逐次审批，并通过甲方指定的VPN及堡垒机进行，全程记录审计。
P:8.3 因乙方原因导致数据泄露、丢失或生产系统遭受网络攻击的，乙方应在2小时内通知甲方并采取补救措施，承担由此造成的全部损失。
H:第九条 保密
P:双方对在履行本合同过程中知悉的对方技术资料、生产工艺及商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。
H:第十条 分包
P:乙方可将电气布线及控制柜安装工作分包给具备相应资质的第三方，但应提前五个工作日书面告知甲方分包单位名称；乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 乙方交付的设备或软件不符合约定的，甲方有权要求更换、整改或退货。
P:11.3 乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤害、故意或重大过失及违反第八条、第九条的责任不受此限。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 合同解除时，乙方应将已完成改造的生产线恢复至可正常生产状态，并移交已完成部分的程序、图纸和技术资料。
P:12.3 因不可抗力致使合同无法履行的，双方可协商解除合同，互不承担违约责任。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交温州仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订书面补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：____________　　乙方（盖章）：____________'''

SOURCES['h1094z03'] = r'''预约排课及会员管理SaaS服务合同

合同编号：ELS-IT-2026-009
甲方（客户）：××俄语培训连锁管理有限公司
乙方（服务商）：××云课软件科技有限公司

甲方在哈尔滨、长春、沈阳等地经营三十家俄语培训门店，拟采用乙方的“云课通”预约排课及会员管理SaaS平台。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方三十家门店开通“云课通”平台标准版，包括课程预约、排课与教室管理、会员卡及课时包管理、在线支付对账、家长端小程序、教师端应用及经营报表。
2. 每家门店包含十个后台账号，学员及家长账号数量不限。
（二）实施服务
1. 乙方负责平台初始化配置、门店及课程体系搭建、历史会员与课时余额数据迁移、与甲方财务系统的对账接口开发。
2. 乙方为甲方店长、前台及教务人员提供线上及现场培训，并提供操作手册。
（三）运营支持服务
1. 乙方指定一名客户成功经理对接甲方总部，每月召开一次运营例会，分析各门店预约率、出勤率和续费率等指标，并提出改进建议。
2. 乙方提供每日八时至二十二时的在线客服及电话支持，门店人员可通过小程序提交工单并查询处理进度。
3. 平台功能升级时，乙方应提前七日通知甲方并提供新功能说明；涉及收费规则、退费规则或数据字段变化的，须经甲方书面确认后方可上线。
（四）服务期限
本合同服务期为两个服务年度，第一服务年度自上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、服务费用
（一）订阅年费为每家门店每个服务年度人民币7,200元，三十家门店每个服务年度合计人民币216,000元，两个服务年度合计人民币432,000元。订阅年费已包含平台使用、每家门店每月一千条以内的短信通知、在线支付通道接入、数据备份及标准版本升级费用，乙方不得另行收取。
（二）一次性实施费为人民币58,000元。
（三）合同总价为人民币490,000元（含税）。服务期内新增门店的，按相同单价按月折算计费。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅年费分两期支付，甲方于每半个服务年度届满后十五个工作日内支付当期费用人民币108,000元。
（三）乙方应在付款前开具等额增值税专用发票。
（四）本合同不设预付款。

四、上线与验收
（一）乙方应于合同签订后四十五日内完成全部实施工作并申请上线验收。
（二）验收标准：
1. 三十家门店的课程、教室、教师及价格体系全部配置完成，经各门店店长书面确认；
2. 历史会员、课时余额及储值余额全部迁移，逐店抽查核对无差异；
3. 预约、签到、消课及在线支付全流程在五家试点门店连续运行十日无一级故障；
4. 对账接口与甲方财务系统连续十日日终对账一致。
（三）甲方应在收到验收申请后七个工作日内组织验收并出具书面意见。平台试运行或部分门店实际使用，不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在每日零时至六时之间并提前三日通知甲方。
（二）故障分级：一级故障（预约、消课或支付功能不可用）乙方应在30分钟内响应，3小时内恢复；二级故障（报表、通知等功能异常）2小时内响应，次日内解决。
（三）当月可用率低于承诺值的，乙方按当月订阅费的5%向甲方抵扣服务费；低于98%的，按当月订阅费的10%抵扣。一级故障恢复超时的，每超时一小时抵扣人民币200元。

六、知识产权
（一）“云课通”平台及其原有技术的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的对账接口程序、专属报表模板及数据迁移脚本，知识产权归甲方所有，乙方应交付源代码。

七、数据权属与数据安全
（一）甲方在平台中录入或产生的学员信息、家长联系方式、课程记录及交易数据属于甲方。
（二）乙方可对上述数据进行去标识化处理后汇总分析，用于平台产品改进及发布行业研究报告，该等去标识化数据的使用不受服务期限限制。
（三）乙方应采取加密存储、分级授权、操作日志留存等措施保护甲方数据，平台应完成网络安全等级保护第三级备案。发生数据泄露的，乙方应在二十四小时内书面通知甲方并承担因此造成的损失。
（四）服务期满或合同解除后，乙方应在三十日内向甲方完整导出全部数据，并在甲方确认后删除平台中的甲方数据。

（五）乙方应每日对甲方数据进行异地备份，备份至少保留三十日；因乙方原因导致数据丢失的，乙方应在二十四小时内从备份中恢复。

八、保密
双方对履约中知悉的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方未能按期申请上线验收的，每逾期一日，向甲方支付违约金人民币400元。
（二）因乙方原因导致甲方学员个人信息泄露的，乙方应承担全部赔偿责任，并配合甲方处理投诉和监管部门的调查。
（三）甲方逾期付款的，乙方可书面催告，催告后三十日仍未支付的，乙方可暂停服务。

十、续期
本合同服务期届满，甲方未提前三十日书面表示不续期的，自动续期一个服务年度，续期次数不限。续期时乙方可根据市场情况调整订阅年费，但每次上调幅度不超过上一服务年度年费的8%，乙方应于续期前三十日书面通知甲方。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

十二、合同解除
（一）任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权书面解除本合同。
（二）平台连续两个月可用率未达到承诺值的，甲方有权解除合同，乙方应退还未使用期间的服务费。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，提交哈尔滨仲裁委员会仲裁。

十四、甲方义务
（一）甲方应指定项目负责人，及时提供门店信息、课程体系及历史数据，并组织门店人员参加培训。
（二）甲方应妥善保管后台账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方使用平台向学员及家长发送通知的，应遵守个人信息保护及广告管理的有关规定。

十五、门店变更
（一）服务期内甲方新开门店的，乙方应在五个工作日内完成开通和基础配置，订阅费自开通之月起按月折算。
（二）甲方门店关闭或合并的，甲方应提前三十日书面通知乙方，自次月起相应减少订阅费；已支付的费用按月折算后在下期费用中抵减。
（三）门店变更不影响本合同其他条款的效力。

十六、不可抗力
因地震、火灾、战争、政府行为、公共网络或电力中断等不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。乙方应尽力采取措施减少不可抗力对平台运行的影响。

十七、通知
本合同项下的通知应以书面形式送达合同首页所载地址或双方指定的电子邮箱，电子邮件发出之日视为送达。

十八、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：'''

SOURCES['h1094z04'] = r'''××市交通运输局桥梁限载监测系统运维服务合同

项目编号：JTJ-CS-2026-015（竞争性磋商）
采购人（甲方）：××市交通运输局
供应商（乙方）：××交通科技工程有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就桥梁限载监测系统年度运维服务事宜订立本合同。

第一条 服务范围
一、运维对象为甲方已建成的桥梁限载监测系统，包括全市二十六座桥梁的动态称重检测设备、超限抓拍摄像机、可变情报板、边缘计算终端、通信链路、监测中心平台及超限数据推送接口。
二、服务内容包括：系统日常监控、故障处理、设备巡检与保养、称重设备年度标定、平台软件维护与补丁更新、数据质量核查、超限数据向执法部门的推送保障，以及重大节假日和恶劣天气期间的保障值守。
三、乙方应在监测中心安排不少于两名驻场运维人员，工作日八时至十八时在岗，其余时间安排电话值守。驻场人员应具备两年以上同类系统运维经验，名单报甲方备案，更换人员须提前十日书面告知甲方并经甲方认可。
四、乙方应自备运维车辆、检测仪器及常用备品备件，备品备件库存清单每季度报甲方一次；更换的设备部件应为原品牌同型号或经甲方认可的同等性能产品，旧件交甲方处置。

五、乙方现场作业应遵守道路交通安全及桥梁养护作业规定，按要求设置警示标志和安全防护设施，涉及占道作业的应提前报甲方及交警部门备案。作业期间发生的人身伤害及第三方损失由乙方负责。

第二条 服务期限
服务期为一个服务年度，自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，应依法另行组织采购。

第三条 合同价款与支付
一、合同总价为人民币陆拾捌万肆仟元整（¥684,000），含人工、备品备件、标定、交通、税费等全部费用。
二、服务费按季度支付。每季度结束后，甲方根据季度考核结果，在十五个工作日内支付当季服务费¥171,000，扣减款项从当季服务费中扣除。
三、本合同不设预付款。乙方应在每次付款前开具等额发票。
四、服务期内甲方新增监测点位的，新增点位的运维费用按合同单座桥梁平均运维单价按月折算，由双方另行签订补充协议确定。

第四条 服务要求与服务水平
一、系统月度在线率（按全部称重点位在线时长计算）不低于99.95%。
二、故障分级与时限：一级故障（监测中心平台瘫痪、超限数据推送中断或三座以上桥梁设备离线）乙方应在6小时内响应，24小时内恢复；二级故障（单座桥梁设备离线或抓拍失效）8小时内响应，48小时内恢复；三级故障（单台设备性能下降）三个工作日内处理。
三、乙方每月对全部点位进行一次现场巡检，每季度进行一次设备保养，并提交巡检记录及照片。
四、乙方应在服务期内完成全部称重设备的年度标定，标定报告由具备资质的计量机构出具，完成期限为2027年6月30日。
五、遇重大节假日、汛期、冰雪天气或甲方组织的专项治超行动，乙方应按甲方通知增派人员二十四小时值守，确保超限数据实时推送至执法部门，所需费用已包含在合同总价中。
六、月度在线率每低于承诺值0.01个百分点，扣减服务费¥500；故障响应或恢复超时的，每超时一小时扣减¥300。

第五条 考核与验收
一、甲方按季度对乙方服务进行考核，考核内容包括在线率、故障处理时效、巡检完成率、数据推送完整率及驻场人员出勤情况，考核细则见附件二。
二、服务期满后，乙方提交年度运维总结报告、标定报告及设备台账，甲方在十五个工作日内组织年度验收，验收标准为：全年在线率达到承诺值，巡检完成率不低于98%，称重设备标定合格，设备台账与现场一致。
三、乙方应于每月五日前提交上月运维月报，内容包括在线率统计、故障清单及处理情况、巡检发现问题、数据推送统计及下月工作计划；月报经甲方确认后作为季度考核依据。
四、季度考核或年度验收不合格的，乙方应在十日内整改；甲方实际使用系统不视为验收合格。

第六条 知识产权
乙方在服务期内形成的巡检报告、标定记录、故障分析报告、运维脚本及配置文档，知识产权归甲方所有。乙方不得以系统运维为由主张对原有系统或甲方数据的任何权利。

第七条 数据安全
一、系统采集的车辆通行、称重、车牌及图像数据属于甲方，乙方仅可为履行本合同进行处理，不得复制、留存或向任何第三方提供。
二、乙方应落实网络安全等级保护要求，运维账号实行一人一号，远程运维须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
三、发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的，乙方承担相应的法律责任和赔偿责任。

四、乙方应每日对监测中心平台数据库进行备份，每月进行一次恢复演练，并将演练记录报甲方。服务期满时，乙方应清除其运维终端中存有的全部甲方数据，并向甲方出具书面说明。

第八条 保密
乙方及其人员对履约中知悉的甲方工作信息、系统账号、网络结构及车辆数据负有保密义务，未经甲方书面同意不得披露；乙方应与驻场人员签订保密协议。保密义务在合同终止后继续有效。

第九条 分包
乙方不得转包本项目。称重设备标定确需委托计量机构的，应事先取得甲方书面同意，乙方对受托机构的工作承担全部责任。

第十条 违约责任
一、乙方未按期完成年度标定的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
二、乙方驻场人员缺岗的，每人每日扣减服务费¥600。
三、乙方未按期提交月报、巡检记录或标定报告的，每次扣减服务费¥200，并应在五日内补交。
四、乙方在本合同项下的累计赔偿责任（含违约金及服务费扣减）以合同总价的50%为限。

第十一条 合同的履行与解除
服务期内，双方均应全面履行本合同，甲方不得以乙方违约为由解除本合同；乙方存在违约情形的，甲方可依照本合同第四条、第十条扣减服务费或要求乙方支付违约金，乙方应继续履行并限期整改。因不可抗力致使合同目的无法实现的，双方可协商解除本合同。

第十二条 争议解决
本合同适用中华人民共和国法律。履约中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以存在争议为由中断运维服务。

第十三条 甲方义务
一、甲方应为驻场人员提供必要的办公场所、网络接入及系统账号，并协调桥梁管养单位配合乙方现场作业。
二、甲方应及时组织季度考核和年度验收，对乙方提交的整改方案提出书面意见。

第十四条 服务交接
服务期满或合同终止时，乙方应向甲方或甲方指定的后续服务单位完整移交系统账号、设备台账、配置文档、巡检及标定记录、备品备件清单和未结故障清单，并提供不少于十五日的交接配合。交接完成前，乙方不得撤离驻场人员或停止故障处理。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件及附件一（设备清单）、附件二（考核细则）为本合同组成部分。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：'''

SOURCES['h1094z05'] = r'''# 树智工艺追溯系统软件许可及定制开发合同

**（乙方标准合同文本 SZ-HT-2025 版）**

合同编号：SZ-2026-0733

甲方（用户）：××树脂艺术工作室

乙方（软件提供方）：××树智软件技术有限公司

甲方因树脂工艺品生产管理需要，向乙方购买“树智工艺追溯系统”软件使用许可，并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供“树智工艺追溯系统”标准版软件永久使用许可（十个并发用户），功能包括原料批次管理、配胶记录、固化过程记录、成品追溯查询及库存管理。
2. 乙方根据甲方需求进行定制开发，内容包括：配方管理模块、固化温湿度曲线自动记录（对接甲方现有温湿度传感器）、批次追溯标签打印及客户订单追溯查询页面。
3. 乙方负责系统在甲方服务器上的安装部署、基础数据导入及操作培训。培训为一次性现场培训，时长一天，培训对象为甲方管理员及生产班组长，培训后甲方人员再次参加培训的，乙方另行收费。
4. 定制开发的具体功能以双方确认的《需求确认单》为准，《需求确认单》确认后甲方提出的变更，乙方有权另行收费并顺延交付时间。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 树智工艺追溯系统标准版软件许可（永久，十个并发用户） | 168,000 |
| 2 | 定制开发（配方管理、固化曲线记录、标签打印、订单追溯） | 46,000 |
| 3 | 安装部署、数据导入及培训 | 12,000 |
| | 合计 | 226,000 |

合同总价为人民币贰拾贰万陆仟元整（¥226,000），含税。甲方服务器、操作系统、数据库及打印机等软硬件由甲方自行准备，不包含在合同总价内。

## 第三条 付款方式

1. 合同签订后五个工作日内，甲方支付合同总价的65%，即¥146,900，乙方收到款项后启动项目。
2. 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥79,100。
3. 甲方未按期付款的，乙方有权暂停实施、培训及技术支持，交付期限相应顺延。

## 第四条 交付

1. 乙方在收到首期款且甲方确认《需求确认单》后六十日内完成软件安装及定制开发，并通知甲方上线。
2. 因技术难度、需求变更或其他非乙方能够控制的原因导致交付延期的，乙方应通知甲方，交付期限相应顺延，乙方不承担延期责任。
3. 甲方应提供系统运行所需的服务器、网络环境及配合人员，因甲方原因导致无法按期上线的，视为乙方已按期交付。

4. 本合同所称“上线”，是指乙方完成软件安装并向甲方开通正式账号，甲方可以登录系统录入业务数据。

## 第五条 验收

1. 系统安装完成并上线运行后，即视为甲方验收合格。
2. 甲方在上线后发现的问题，可通过乙方客服渠道提交，乙方将在后续版本中统一处理。

## 第六条 免费维护

1. 自系统上线之日起，乙方提供六个月免费维护服务，包括软件缺陷修复、远程技术支持及版本补丁。
2. 免费维护期内，甲方提出的新增功能或界面调整不属于免费维护范围，乙方按人天另行收费。
3. 因甲方操作不当、擅自修改数据库、病毒感染、断电或硬件故障造成的问题，不属于免费维护范围。

## 第七条 技术支持与故障处理

1. 乙方提供工作日九时至十八时的电话、微信及远程支持。
2. 一级故障（系统无法登录或追溯功能无法使用）乙方在接到报修后24小时内响应，并尽力在合理时间内修复；二级故障两个工作日内响应；一般问题在后续版本中修复。
3. 乙方根据产品规划定期发布系统版本，版本升级后的功能变化以乙方发布的版本说明为准，甲方应配合升级。
4. 乙方将尽商业上合理的努力处理故障，但不承担因故障、系统中断或响应延迟导致的任何扣款、赔偿或违约金。

## 第八条 年度维护服务

1. 免费维护期满后，甲方应购买乙方年度维护服务，以持续获得缺陷修复、版本升级及技术支持。
2. 年度维护费为每年人民币42,000元（即软件许可费的25%），按年度签订维护协议，于每个维护年度开始前一次性支付。
3. 甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本升级；甲方中断维护后重新购买的，应补缴中断期间的维护费。

## 第九条 知识产权

1. 树智工艺追溯系统及其文档的知识产权归乙方所有，甲方仅获得在本合同约定范围内的使用许可。
2. 乙方为甲方定制开发的配方管理模块、固化曲线记录、标签打印及订单追溯页面等全部成果，其知识产权（包括源代码）均归乙方所有。甲方享有非独占的使用权，不得修改、反编译或许可第三方使用，乙方有权将定制成果用于其他客户。
3. 乙方不向甲方交付源代码。

## 第十条 数据及数据安全

1. 甲方在系统中录入的配方、工艺参数、原料及客户订单数据属于甲方所有，乙方仅为提供技术支持之目的访问，不得用于其他用途。
2. 系统部署在甲方服务器，乙方提供账号权限管理、操作日志及数据库自动备份功能，并协助甲方设置访问控制；乙方远程支持须经甲方同意并在甲方人员在场时进行。
3. 因乙方人员原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复数据，并赔偿甲方因此遭受的直接损失。

## 第十一条 保密

双方对因本合同知悉的对方商业秘密、技术资料及配方信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十二条 违约责任

1. 任何一方违反本合同约定的，应承担相应的违约责任。
2. 甲方违反本合同第十五条第4项约定的，应停止侵权行为并赔偿乙方因此遭受的全部损失。
3. 乙方对甲方的间接损失、预期利润损失及商誉损失不承担赔偿责任。

## 第十三条 合同解除

任何一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。合同解除后，甲方已支付的软件许可费不予退还。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 甲方义务

1. 甲方应指定一名项目联系人，负责需求确认、数据准备及内部协调，联系人变更应及时通知乙方。
2. 甲方应按乙方提供的模板整理原料、配方、产品及客户等基础数据，并对数据的真实性和完整性负责。
3. 甲方应妥善保管系统账号和密码，定期检查数据库备份情况，并对其员工的操作行为负责。
4. 甲方不得将软件复制、转让、出租或提供给甲方以外的任何第三方使用，不得对软件进行反向工程。

## 第十六条 不可抗力

因自然灾害、政府行为、网络运营商故障、电力中断等不可抗力因素导致合同无法履行或延迟履行的，受影响方不承担责任，但应在不可抗力发生后及时通知对方。不可抗力持续超过六十日的，双方可协商变更或终止合同。

## 第十七条 通知

本合同项下的通知可采用书面、电子邮件或微信工作群方式发送，发出之日视为送达。

## 第十八条 其他

1. 本合同一式两份，双方各执一份，自双方盖章之日起生效。
2. 本合同为乙方标准文本，双方另有约定的，应以书面补充协议形式作出。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：'''

SOURCES['h1094e01'] = r'''T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FQS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Buyer"), and Firthlight Quality Systems Ltd, a company registered in Scotland with its registered office at Castle Street, Dornoch, Sutherland, Scotland (the "Supplier").
P:The Buyer wishes to acquire a perpetual licence to the Supplier's quality management software, together with configuration, integration, data migration and training services, and the Supplier is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Firthlight QMS product, version 8, including the inspection planning, non-conformance, corrective action, supplier quality, calibration and document control modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data migration scripts and related documentation developed by the Supplier specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including inspection results, drawings, supplier records and customer complaints.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and Services meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 150 named users at the Buyer's plants in Suzhou and Nantong, and at any future plant of the Buyer in mainland China.
P:2.2 The Supplier shall configure the Software to the Buyer's processes, develop interfaces with the Buyer's ERP and MES systems, migrate open inspection and non-conformance records from the Buyer's current system, and train the Buyer's administrators and key users.
P:2.3 The Software will be installed on servers provided by the Buyer in its own data centre in Suzhou. The Supplier shall not host any part of the Software or the Buyer Data outside the Buyer's premises.
P:2.4 Training comprises three days of administrator training and four sessions of key-user training at each plant, delivered in Chinese or with a qualified interpreter provided by the Supplier, together with training materials that the Buyer may copy for internal use.
P:2.5 The Supplier shall appoint a project manager with experience of at least two comparable implementations, who will attend the Buyer's site during configuration and go-live and shall not be replaced without the Buyer's agreement.
H:Article 3 Price
P:3.1 The total price is CNY 1,638,000 (the "Contract Price"), inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,120,000; configuration and integration CNY 386,000; data migration CNY 94,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. Changes in scope requested by the Buyer in writing shall be priced at the day rates in Annex 2.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 327,600) is payable within 30 days after signature, against the Supplier's invoice.
P:4.2 45% of the Contract Price (CNY 737,100) is payable within 30 days after the Software has been installed, configured and has passed the Operational Test under Article 5.2.
P:4.3 35% of the Contract Price (CNY 573,300) is payable within 30 days after Final Acceptance.
P:4.4 The Supplier shall issue valid invoices for each instalment. Payments are made in CNY by bank transfer.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall deliver the Software and complete installation within 45 days after signature, and shall complete configuration, interfaces and data migration within 120 days after signature.
P:5.2 Operational Test: the Supplier shall demonstrate, using the test scripts in Annex 3, that all functions in the functional specification work; that the ERP and MES interfaces exchange inspection orders and results without error for ten consecutive working days; and that migrated records reconcile completely with the source system.
P:5.3 Final Acceptance: after a production run of 60 days without any Severity 1 incident, and with all Severity 2 defects closed, the Buyer shall confirm Final Acceptance in writing within ten working days, or state the defects that prevent it. The Supplier shall correct such defects and the test shall be repeated.
P:5.4 Installation, productive use or payment does not in itself constitute acceptance.
P:5.5 The Buyer shall provide the servers, database licences, network access and key users described in Annex 1 in good time. If the Buyer's delay prevents the Supplier from meeting a date in Article 5.1, that date shall be extended by the period of the Buyer's delay.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and provide updates, upgrades and support free of charge.
P:6.2 Support is provided remotely and, when necessary, on site in Suzhou. Incidents are classified as follows: Severity 1 (the Software is unavailable or a core quality process cannot be performed) - response within 1 hour and a workaround or fix within 8 hours; Severity 2 (a major function is impaired) - response within 2 hours and a fix within 2 working days; Severity 3 (other defects) - response within one working day.
P:6.3 If the Supplier misses a Severity 1 or Severity 2 response or fix time, it shall pay a service credit of CNY 1,000 for each hour of delay, deducted from the next payment or from the support fee.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee (CNY 123,200 per year), fixed for the first three support years; thereafter any increase shall not exceed 3% per year. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Supplier retains all intellectual property rights in the Software, which is licensed under Article 2.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may access it only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Supplier shall access the Buyer's systems only through the Buyer's VPN and bastion host, with multi-factor authentication and session logging, after approval of each session. No Buyer Data shall be transferred outside the People's Republic of China.
P:8.3 The Supplier shall comply with the Buyer's information security policies and with PRC data protection law. It shall notify the Buyer of any security incident affecting Buyer Data within 12 hours of discovery, take all remedial steps, and be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This obligation survives for five years after termination, and indefinitely for trade secrets and process know-how.
H:Article 10 Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation or the Operational Test by the dates in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 7.3, 8 or 9.
P:10.3 Neither party is liable for loss of profit or indirect loss, except under Articles 7.3, 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Services without the Buyer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer for the Supplier's breach, the Supplier shall refund the amounts paid for the parts not accepted and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the law of Scotland.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers within 30 days. Any dispute that is not settled shall be submitted to the exclusive jurisdiction of the Court of Session in Edinburgh.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (functional specification), Annex 2 (day rates) and Annex 3 (test scripts), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________'''

SOURCES['h1094e02'] = r'''# TEIFI LEARNING CLOUD — ORDER FORM AND GENERAL TERMS

Order Form No. TLC-OF-2026-0117

# PART A — ORDER FORM

## A1. Parties

**Provider:** Teifi Learning Cloud Ltd, a company registered in England and Wales, with its principal office at Alban Square, Aberaeron, Ceredigion, Wales.

**Customer:** Hangzhou Qingmu Retail Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## A2. Service

Provider will provide the Teifi Learning Cloud platform (the "Service"): a hosted learning management system with course authoring, mobile learning, assessments, certification tracking, learning paths for store staff, and management dashboards, in simplified Chinese and English. Customer's 800 Authorised Users are its head-office staff, regional managers and store employees.

## A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A6.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 800 Authorised Users x CNY 210 per user per year | 168,000 |
| Subscription, Subscription Year 2 | 800 Authorised Users x CNY 210 per user per year | 168,000 |
| Onboarding (one-time): tenant set-up, single sign-on, HR data feed, course migration, administrator training | fixed | 42,000 |
| **Total Fees** | | **378,000** |

All amounts include VAT. Additional Authorised Users may be added during a Subscription Year at the same per-user rate, pro rata for the remaining months.

## A5. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice date.

(b) The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice date.

(c) No other amount is payable in advance.

(d) Hosting: the Service is hosted for Customer in a data centre in Shanghai operated by Provider's hosting partner, Huadong Cloud Data Services Co., Ltd., which Customer approves by signing this Order Form.

## A6. Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding by the Target Go-Live Date, which is 60 days after signature of this Order Form.

(b) Go-Live Acceptance tests: (i) single sign-on with Customer's identity system works for all user groups; (ii) the daily HR data feed creates, updates and deactivates users correctly for five consecutive working days; (iii) all 214 existing courses and completion records are migrated and reconciled with Customer's export; (iv) the management dashboards show correct completion figures for a sample of 20 stores agreed with Customer.

(c) Customer will run the tests with Provider and confirm Go-Live Acceptance in writing within five working days of a successful test, or list the failures, which Provider will correct before the tests are repeated. Use of the Service for pilot training does not amount to acceptance.

(d) If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Provider, Provider will pay Customer CNY 300 for each day of delay, deducted from the onboarding fee and then from the next subscription invoice.

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Authorised Users" means the individuals whom Customer permits to use the Service, up to the number in A2.

1.2 "Customer Data" means all data, content and course materials uploaded to the Service by or for Customer, and all learning records, assessment results and reports generated from them.

1.3 "Customer Deliverables" means the course templates, branded themes, HR data feed connector and custom reports that Provider builds for Customer during onboarding.

## 2. Provision of the Service

2.1 Provider grants Customer and its Authorised Users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Provider will use commercially reasonable efforts to make the Service available for use and to keep interruptions for maintenance to a minimum, and will announce planned maintenance on the administrator dashboard in advance where practicable.

2.3 Provider will provide support to Customer's administrators by e-mail and through the online help centre during business hours in Beijing and in the United Kingdom. Provider will use commercially reasonable efforts to respond to support requests promptly and to resolve them in a reasonable time.

2.4 Provider may update and improve the Service from time to time, provided that the functionality described in A2 is not materially reduced during the Subscription Term.

## 3. Customer Obligations

3.1 Customer is responsible for the accuracy of the Customer Data and for its Authorised Users' compliance with this Agreement.

3.2 Customer shall keep log-in credentials secure and notify Provider promptly of any unauthorised use that it becomes aware of.

3.3 Customer shall not upload content that infringes third-party rights or breaches applicable law, and shall not attempt to copy, reverse engineer or resell the Service.

3.4 Customer will nominate up to five administrators, who will be the contacts for support requests, user management and configuration changes, and will make them available for the onboarding workshops.

## 4. Intellectual Property

4.1 Provider retains all rights in the Service, its software and its standard content.

4.2 All rights in the Customer Deliverables belong to Customer. Provider will deliver them, including the source code of the HR data feed connector, and Customer may use, modify and license them freely, also with another provider.

4.3 Customer retains all rights in its own course materials.

## 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and will not use it, in identifiable, aggregated or de-identified form, for any other customer, product or analysis.

5.2 Customer Data is stored and processed only in mainland China, in the data centre named in A5(d). Provider and its hosting partner maintain an information security programme certified to ISO/IEC 27001, encryption of Customer Data in transit and at rest, role-based access controls, logging of administrative access, and daily backups kept for 30 days.

5.3 Provider will notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, investigate it, take the steps needed to contain it, and is responsible for the losses caused to Customer by its failure to comply with this Section 5.

5.4 Within 30 days after the end of the Agreement, Provider will return all Customer Data in a standard format and then delete it from the Service and from backups.

## 6. Confidentiality

6.1 Each party will keep the other party's confidential information confidential, use it only for this Agreement and disclose it only to employees and contractors who need to know it and are bound by similar obligations.

6.2 These obligations continue for three years after the Agreement ends.

## 7. Subcontracting

7.1 Apart from the hosting partner approved in A5(d), Provider shall not subcontract any part of the Service or the onboarding without Customer's prior written consent.

7.2 Provider remains responsible for the performance of its hosting partner and any approved subcontractor.

## 8. Renewal

8.1 At the end of the Subscription Term the Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 Provider may increase the fees for any renewal period by giving Customer notice of the new fees at least 45 days before the renewal period starts.

## 9. Liability

9.1 Each party's total liability arising out of or in connection with this Agreement is limited to 150% of the Total Fees.

9.2 The limit in 9.1 does not apply to a breach of Section 5 or Section 6, to infringement claims under Section 4, or to fraud or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss or loss of profit.

## 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

10.2 If Customer terminates under 10.1, Provider will refund the prepaid subscription fees for the remainder of the Subscription Year.

10.3 Sections 4, 5.4, 6 and 9 survive termination.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

## 12. General

12.1 Notices must be in writing and sent to the addresses in A1 or to e-mail addresses that the parties designate.

12.2 Neither party may assign the Agreement without the other party's prior written consent.

12.3 This Agreement is the entire agreement between the parties about the Service and replaces all earlier proposals.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________'''

SOURCES['h1094e03'] = r'''T:PURCHASE AGREEMENT FOR WIRELESS CONDITION-MONITORING SENSORS AND MONITORING SOFTWARE
P:Contract No. ZHP-EQ-2026-052
P:This Agreement is made on the Buyer's standard purchase terms between Zhaoqing Huanan Paper Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhaoqing, Guangdong Province (the "Buyer"), and Golspie Condition Monitoring Ltd, a company registered in Scotland with its office at Main Street, Golspie, Sutherland, Scotland (the "Supplier").
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in the Price Table in clause 2.
P:1.2 "Software" means the Supplier's GCM Monitor condition-monitoring software, including the analytics engine, alarm management, web dashboards and mobile application, with all updates supplied under this Agreement.
P:1.3 "Custom Work" means the machine models, alarm rules, dashboards, reports and the interface to the Buyer's DCS and process historian that the Supplier configures or develops for the Buyer.
P:1.4 "Buyer Data" means all measurement data, machine information, alarm records and reports collected or generated at the Buyer's mill.
P:1.5 The Supplier shall supply, install and commission the Equipment on the paper machines, pulpers and drives of the Buyer's PM3 and PM4 lines, install the Software on the Buyer's servers, carry out the Custom Work, and train the Buyer's maintenance engineers.
H:2. Price
P:2.1 The total contract price is CNY 1,970,000 (the "Contract Price"), including VAT, delivery to the Buyer's mill, installation, commissioning, travel and all other costs, as set out in the Price Table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|240|4,650|1,116,000
TB:2|Industrial wireless gateways|16|12,500|200,000
TB:3|GCM Monitor software, perpetual licence for 240 measuring points|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,702,000
TB:4|Installation and commissioning|1 lot|148,000|148,000
TB:5|Custom Work: machine models, alarm rules, DCS and historian interface|1 lot|96,000|96,000
TB:6|Training of maintenance engineers|1 lot|24,000|24,000
TB:|Contract Price|||1,970,000
P:2.2 The prices are fixed and are not subject to adjustment for exchange rates, freight or any other cost.
H:3. Payment
P:3.1 20% of the Contract Price (CNY 394,000) is payable within 20 working days after signature and receipt of an advance-payment bank guarantee of the same amount from a bank acceptable to the Buyer.
P:3.2 45% of the Contract Price (CNY 886,500) is payable after all Equipment has been delivered and installed and the Buyer has signed the installation record. Signature of the installation record confirms quantities and condition only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 689,500) is payable within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment is made against a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's mill within 75 days after signature and complete installation within 30 days after delivery, working during planned machine shutdowns agreed with the Buyer.
P:4.2 The Supplier shall comply with the Buyer's site safety rules, permit-to-work system and lock-out procedures. Work on running machinery is not permitted.
P:4.3 The Supplier shall deliver, with the Equipment, the certificates of origin and conformity, installation drawings, a sensor location list and the operating manuals, in Chinese and English.
P:4.4 Training shall consist of two courses at the Buyer's mill: a three-day course for maintenance engineers on the use of the dashboards, alarm handling and basic vibration analysis, and a two-day course for the Buyer's IT staff on administration, backup and user management of the Software. The Supplier shall provide training materials in Chinese.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 30 days. Final Acceptance requires that during the trial period: (a) at least 98% of the sensors transmit valid readings at the configured interval on every day; (b) the measured vibration values of ten reference points agree with readings taken with the Buyer's calibrated portable analyser within the tolerance stated in Annex 1; (c) the alarm rules trigger correctly in the test cases of Annex 1; (d) data flows to the DCS and historian without loss; and (e) all documentation and training have been completed.
P:5.2 The Buyer shall issue a Final Acceptance certificate within ten working days after the trial period if the criteria are met, or a list of deficiencies. The Supplier shall correct deficiencies at its own cost, and the trial period shall be repeated for the affected part.
P:5.3 Delivery, installation, use of the system or payment does not amount to acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including transport, and shall correct Software defects and supply updates free of charge. Sensor batteries that fail within the warranty period are replaced free of charge.
P:6.2 Incidents are handled as follows. Priority 1 (loss of monitoring on a whole machine line, or a failure of the server or the DCS interface): response within 30 minutes, remote diagnosis within 2 hours, and restoration or an engineer on site within 24 hours. Priority 2 (failure of individual sensors or gateways): response within 2 hours and repair within 3 working days. Priority 3 (other issues): response within one working day.
P:6.3 For each hour by which a Priority 1 or Priority 2 time is exceeded, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any payment due.
P:6.4 After the warranty period, the Supplier shall offer annual support for the Equipment and Software at 8.5% of the Equipment and Licence Subtotal per year (CNY 144,670), fixed for three years. Support is ordered by the Buyer year by year and does not renew automatically. The Supplier shall keep spare parts available for at least seven years after Final Acceptance.
P:6.5 During the warranty period the Supplier shall carry out two site visits per year to check sensor mounting, battery status and gateway coverage, review alarm settings with the Buyer's engineers and issue a written report.
H:7. Intellectual Property
P:7.1 Intellectual property in the Software remains with the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the measuring points purchased and for any further points purchased later.
P:7.2 All rights in the Custom Work belong to the Buyer. The Supplier shall hand over all configuration files, models and interface source code, and the Buyer may use, modify and license them freely.
P:7.3 The Supplier shall indemnify the Buyer against claims that the Equipment or Software infringes the rights of any third party.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Agreement and shall not copy it, keep it or use it in any form, including anonymised or aggregated form, for any other purpose.
P:8.2 The Software runs on the Buyer's servers inside the mill network. Remote access by the Supplier is allowed only through the Buyer's VPN and bastion host, with a named account, multi-factor authentication and prior approval of each session; sessions are recorded.
P:8.3 The Supplier shall comply with PRC cybersecurity and data security law and the Buyer's security policies, notify the Buyer of any security incident within 12 hours, take immediate remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's process data, machine layouts and production figures, and shall not disclose it to any third party without prior written consent.
P:9.2 This clause survives termination for five years.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier is late in delivery, installation or reaching Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement under clause 7.3 and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the supply, installation or Custom Work without the Buyer's prior written consent. An approved local installation partner works under the Supplier's responsibility.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 10.1 reach their maximum.
P:12.2 On such termination the Supplier shall refund all payments for Equipment and services not accepted and remove any rejected Equipment at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:14. General
P:14.1 Annex 1 (technical specification and test cases) and Annex 2 (sensor location list) form part of this Agreement.
P:14.2 This Agreement is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________'''

SOURCES['h1094e04'] = r'''# MANAGED SERVICES AGREEMENT

**Agreement No. PMS-2026-CN-031**

This Managed Services Agreement (the "Agreement") is made between:

**Chengdu Yunjian Outdoor Goods Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan Province ("Customer"); and

**Pontfaen Managed Services Ltd**, a company registered in England and Wales with its office at High Street, Lampeter, Ceredigion, Wales ("Provider").

Customer operates an online store, order management system and warehouse interface on its own cloud account in mainland China, and wishes Provider to operate and support that environment. Provider has offered to do so on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2.

1.2 "Environment" means Customer's cloud account, servers, databases, middleware, network configuration and the applications listed in Schedule 1.

1.3 "Customer Data" means all data held in the Environment or otherwise provided by Customer, including order, product, member and logistics data.

1.4 "Service Commencement Date" means the date of Transition Acceptance under clause 4.

1.5 "Monthly Service Charge" means the charge in Schedule 3 for each month of the Service Term.

## 2. Term

2.1 This Agreement starts on signature. The Service Term is 36 months from the Service Commencement Date.

2.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, including the charges for the extension period.

## 3. Charges and Payment

3.1 The total contract value is CNY 2,184,000, consisting of the Transition Charge of CNY 96,000 and 36 Monthly Service Charges of CNY 58,000, as set out in Schedule 3.

3.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after any service credits for that month have been deducted.

3.3 Customer pays each correct invoice within 30 days of receipt. No amount is payable in advance.

3.4 The charges are fixed for the Service Term and include all staff, tools, travel and expenses of Provider.

## 4. Transition

4.1 Provider shall take over the Environment from Customer's current support team within 60 days after signature, following the transition plan in Schedule 1.

4.2 Transition Acceptance requires: (a) complete documentation of the Environment, including architecture, configuration baselines and runbooks, reviewed by Customer; (b) monitoring and alerting in place for every component listed in Schedule 1; (c) a successful restore test of the order database; (d) a successful failover test of the web tier; and (e) a 14-day shadow period in which Provider handles all incidents under the supervision of Customer's team without a missed Priority 1 target.

4.3 Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or list the missing items. Provider's performance of the Services during the shadow period does not amount to acceptance.

4.4 If Transition Acceptance is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to a maximum of CNY 120,000.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report its performance monthly, with incident details and root-cause analyses for every Priority 1 incident.

5.2 If a service level is missed, Customer is entitled to the service credits in Schedule 2. Service credits are deducted from the next invoice and are without prejudice to Customer's other rights.

5.3 If the availability target is missed in three months in any rolling period of six months, this is a material breach.

## 6. Personnel and Governance

6.1 Provider shall appoint a service delivery manager who attends a monthly service review with Customer in Chengdu or by video conference.

6.2 Provider's support staff shall have the skills and certifications needed for the technologies in Schedule 1. Provider shall replace any individual whom Customer reasonably objects to.

6.3 Changes to the Environment follow Customer's change management process. Emergency changes may be made by Provider to restore service and are reported to Customer on the next working day.

6.4 Customer shall give Provider the administrative access to the Environment needed for the Services, keep its cloud account in good standing, and inform Provider at least ten days in advance of promotion events and planned application releases. Provider is not responsible for a missed service level to the extent it is caused by Customer's application code or by a failure of Customer's cloud platform provider.

## 7. Intellectual Property

7.1 Provider retains the rights in its own tools, monitoring templates and know-how that existed before this Agreement.

7.2 All runbooks, scripts, automation code, dashboards and documentation created by Provider for Customer under this Agreement belong to Customer. Provider shall deliver them with their source, and Customer may use, modify and license them freely, including to a successor provider.

## 8. Customer Data

8.1 Customer Data remains the property of Customer at all times. Provider shall use Customer Data solely to provide the Services to Customer and for no other purpose.

8.2 On expiry or termination Provider shall return all Customer Data in its possession to Customer and shall not keep any copy.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, including its business plans, prices, customer lists and technical information, and shall use it only to perform this Agreement.

9.2 Each party may disclose such information only to its employees and professional advisers who need to know it and are bound by similar obligations, or as required by law.

9.3 This clause survives for three years after the Agreement ends.

## 10. Subcontracting

10.1 Provider may subcontract any part of the Services to its affiliates or to third-party service providers by giving Customer written notice at least ten working days before the subcontractor starts work.

10.2 Provider remains responsible for the performance of the Services by any subcontractor.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

11.2 The limit does not apply to personal injury, fraud or wilful misconduct, or to breach of clause 9.

11.3 Neither party is liable for indirect loss or loss of profit.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice of the breach.

12.2 Customer may also terminate under clause 5.3, or if the maximum delay payment under clause 4.4 has been reached.

12.3 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all documentation and access credentials, and cooperate with Customer's successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu under its rules. The award is final and binding.

## 14. General

14.1 The Schedules form part of this Agreement. If a Schedule conflicts with the clauses, the clauses prevail.

14.2 Amendments must be in writing and signed by authorised representatives of both parties.

# SCHEDULE 1 — SCOPE OF SERVICES

| Service area | Scope | Hours |
|---|---|---|
| Monitoring | 24x7 monitoring of web servers, application servers, databases, message queues, load balancers and the warehouse interface | 24x7 |
| Incident management | Detection, diagnosis, restoration and root-cause analysis for all incidents in the Environment | 24x7 |
| Database administration | Backups, restore tests each quarter, performance tuning, patching of MySQL and Redis | Business hours, emergencies 24x7 |
| Platform operations | Capacity management, scaling for promotion events, operating system and middleware patching | Business hours, scheduled windows |
| Release support | Deployment of Customer's application releases in agreed windows, rollback when needed | Scheduled windows |
| Reporting | Monthly service report and service review | Monthly |

# SCHEDULE 2 — SERVICE LEVELS AND SERVICE CREDITS

| Measure | Target | Service credit |
|---|---|---|
| Availability of the online store (monthly, excluding agreed maintenance windows) | 99.95% | 5% of the Monthly Service Charge if missed, plus a further 5% for each full 0.1 percentage point below the target |
| Priority 1 incident (store or checkout unavailable, orders not reaching the warehouse) | Response within 15 minutes, restoration within 2 hours | CNY 2,000 for each missed response or restoration target |
| Priority 2 incident (major function degraded) | Response within 1 hour, restoration within 8 hours | CNY 800 for each missed target |
| Priority 3 incident (minor issue) | Response within 1 working day | None |
| Promotion events notified 10 days in advance | Capacity scaled and tested before the event | 10% of the Monthly Service Charge if not done |

# SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, invoiced after Transition Acceptance | 96,000 |
| Monthly Service Charge | 36 months x CNY 58,000 | 2,088,000 |
| Total contract value | | 2,184,000 |
| Exit assistance (if requested) | CNY 2,600 per person-day | Not included |

**Signed for Customer:** ____________________

**Signed for Provider:** ____________________'''

SOURCES['h1094e05'] = r'''MARINE WEATHER DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HMD-SUB-2026-0086

PARTIES

Helmsdale Marine Data Ltd, a company registered in Scotland with its office at Dunrobin Street, Helmsdale, Sutherland, Scotland ("Provider").

Yangjiang Haifeng Offshore Wind Operations Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yangjiang, Guangdong Province ("Customer").

BACKGROUND

Customer operates and maintains offshore wind farms off the coast of Guangdong and needs site-specific forecasts of wind, waves and weather windows to plan vessel transfers and maintenance work. Provider supplies marine weather data and forecasts through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Service" means access to Provider's Marine Forecast API, the historical hindcast archive and the web dashboard, as described in Schedule A.

1.2 "Data" means the forecasts, observations, hindcasts and other data that Provider makes available through the Service.

1.3 "Customer Inputs" means the site coordinates, turbine and vessel identifiers, operational thresholds and other information that Customer provides to configure the Service, and the records of Customer's queries.

1.4 "Integration Deliverables" means the adapter that connects the Service to Customer's maintenance planning system and the site-specific forecast configurations that Provider builds for Customer.

1.5 "Subscription Year" means the one-year period starting on the Service Start Date and each following one-year period. The Subscription Term consists of two Subscription Years.

2. SERVICE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Service and to use the Data for Customer's own operations, including sharing forecasts with its vessel operators and contractors working on Customer's wind farms.

2.2 Provider will deliver forecasts for Customer's four wind farm sites and the transit routes between them and the port of Yangjiang, updated four times a day, with a forecast horizon of ten days, at the resolution and in the formats described in Schedule A.

2.3 Provider may improve the Service and add new data products. Provider will not withdraw a data product used by Customer during the Subscription Term without offering an equivalent replacement.

2.4 Customer shall not resell the Data or make it available to any person other than those described in clause 2.1.

2.5 Provider will provide a named meteorologist as Customer's contact, who will attend a quarterly review with Customer's planners and, on request, give a telephone briefing before major offshore campaigns such as cable repairs or blade replacements.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription Year 1: CNY 264,000;
(b) Subscription Year 2: CNY 264,000;
(c) Integration Services, one-time: CNY 36,000.
The total contract value is CNY 564,000, including VAT.

3.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 66,000 at the start of each quarter of that Subscription Year. The Integration Services fee is invoiced after Integration Acceptance.

3.3 Customer pays each correct invoice within 30 days after receipt. No fee is payable before the Service Start Date.

3.4 The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider will configure the Service for Customer's sites and build the adapter to Customer's maintenance planning system within 45 days after signature.

4.2 Integration Acceptance tests: (a) forecasts for all four sites and the transit routes are received by the maintenance planning system at each scheduled update for ten consecutive days; (b) the weather-window calculation in the planning system matches Provider's dashboard for every test case in Schedule A; (c) the hindcast archive can be queried for every site for the period agreed in Schedule A; and (d) Customer's planners have completed the user training.

4.3 Customer will confirm Integration Acceptance in writing within five working days after successful tests or give the reasons for refusal. The Service Start Date is the date of Integration Acceptance.

4.4 If Integration Acceptance is not achieved within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 500 for each day of delay.

4.5 Provider will train up to twenty of Customer's planners and marine coordinators in two online sessions on the dashboard, the weather-window tool and the interpretation of forecast uncertainty, and will provide a user guide in Chinese.

5. INTELLECTUAL PROPERTY

5.1 Provider and its licensors own the Service and the Data. Except for the licence in clause 2.1, no rights are transferred.

5.2 The Integration Deliverables belong to Customer. Provider shall deliver the adapter with its source code and documentation, and Customer may use, modify and license the Integration Deliverables freely, also with another data provider.

6. SERVICE LEVELS

6.1 The API and the dashboard shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Incidents are classified as follows. Priority 1: the API is unavailable, or a scheduled forecast update for any site is not delivered; Provider shall respond within 1 hour at any time of day and restore the Service within 6 hours. Priority 2: degraded performance or errors affecting part of the Data; response within 3 hours and resolution within 2 working days. Priority 3: other questions; response within one working day.

6.3 If monthly availability is below the target, Customer receives a service credit of 5% of the fees for that month, plus a further 5% for each full 0.1 percentage point below the target. For each missed Priority 1 restoration target Customer receives a further credit of CNY 1,000. Credits are deducted from the next invoice.

6.4 Provider shall send Customer a monthly report of availability, delivery of forecast updates, incidents and forecast accuracy against buoy observations at the reference points in Schedule A.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the Service to Customer, shall not combine them with other customers' data or use them for any other purpose, and shall delete them within 30 days after the end of the Subscription Term.

7.2 Provider shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging of all access.

7.3 Provider shall notify Customer of any security incident affecting Customer Inputs within 24 hours of becoming aware of it, investigate it, take the steps needed to contain it, and compensate Customer for the losses caused by its failure to comply with this clause.

8. SUBCONTRACTING

8.1 Provider shall not subcontract the provision of the Service or the Integration Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9. LIABILITY

9.1 Forecasts are predictions. Customer remains responsible for its own operational decisions, including the decision to send vessels or technicians offshore.

9.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.

9.3 Neither party is liable for indirect loss, loss of profit or loss of production.

10. TERM

10.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

10.2 Neither party may terminate this Agreement before the end of the Subscription Term. Customer's remedies for any failure of the Service or any other breach by Provider are the service credits in clause 6 and the liquidated damages in clause 4.4, and Customer shall continue to pay the fees for the remaining Subscription Term.

10.3 Provider may suspend access to the Service if an undisputed invoice remains unpaid 30 days after a written reminder, and shall restore access promptly once the invoice is paid.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

12. GENERAL

12.1 Notices must be in writing and sent to the addresses above or to the e-mail addresses designated by each party.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

12.3 This Agreement, with Schedule A (data products, sites, formats and test cases), is the entire agreement between the parties about the Service.

SCHEDULE A - DATA PRODUCTS AND SITES

A.1 Sites: Haifeng One, Haifeng Two, Haifeng Three and Nanpeng Offshore Wind Farms, with the transit routes to the port of Yangjiang.

A.2 Data products: wind speed and direction at hub height and at 10 m, significant wave height, peak wave period and direction, swell, visibility, lightning risk and precipitation, in hourly steps, delivered as JSON through the API and as CSV files on request.

A.3 Weather windows: periods in which Customer's operational thresholds for crew transfer vessels and service operation vessels are met, calculated per site and per vessel type.

Signed for Provider: ____________________

Signed for Customer: ____________________'''


OUT = Path(__file__).resolve().parent

NAMES = {
    "h1094z01": ("h1094z01_culture_bureau_internet_cafe_supervision_platform", "pdf", "zh"),
    "h1094z02": ("h1094z02_binding_machine_line_control_retrofit", "docx", "zh"),
    "h1094z03": ("h1094z03_russian_school_chain_booking_saas", "txt", "zh"),
    "h1094z04": ("h1094z04_bridge_load_monitoring_om_service", "txt", "zh"),
    "h1094z05": ("h1094z05_resin_studio_process_tracking_supplier_template", "md", "zh"),
    "h1094e01": ("h1094e01_qms_perpetual_licence_dornoch_vendor", "pdf", "en"),
    "h1094e02": ("h1094e02_lms_saas_order_form_aberaeron_vendor", "md", "en"),
    "h1094e03": ("h1094e03_vibration_sensors_monitoring_licence_golspie_vendor", "docx", "en"),
    "h1094e04": ("h1094e04_ecommerce_managed_services_lampeter_vendor", "md", "en"),
    "h1094e05": ("h1094e05_marine_forecast_api_subscription_helmsdale_vendor", "txt", "en"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsc, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsc, bod, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub,
                           law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
DATA = {
    "h1094z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                               True, False, "PRC", G), True, True, True, False, 1476000),
    "h1094z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.02, 150, 10, True, True, 24, 7, False,
                               True, True, "PRC", G), True, True, True, False, 1330000),
    "h1094z03": ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 400 / 490000 * 100, None, None, True, None,
                            None, None, True, True, False, "PRC", S), True, True, None, False, 490000),
    "h1094z04": ("services", T(99.95, 6, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False,
                               False, False, "PRC", S), True, True, None, False, 684000),
    "h1094z05": ("software", T(None, 24, False, "supplier", True, True, True, None, None, 65, False, False, 6, 25,
                               False, True, None, "PRC", G), True, False, True, True, 226000),
    "h1094e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                               False, "Scotland", G), True, True, True, False, 1638000),
    "h1094e02": ("cloud", T(None, None, False, "buyer", True, True, True, 300 / 378000 * 100, 150, None, True, None,
                            None, None, True, True, False, "PRC", S), False, True, None, False, 378000),
    "h1094e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 8.5, False,
                               True, False, "PRC", G), True, True, True, False, 1970000),
    "h1094e04": ("services", T(99.95, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 150, None, True,
                               None, None, None, False, True, True, "PRC", S), True, True, None, False, 2184000),
    "h1094e05": ("cloud", T(99.95, 1, True, "buyer", True, True, False, 500 / 564000 * 100, 9 / 24 * 100, None, True,
                            None, None, None, False, False, False, "PRC", S), True, True, None, False, 564000),
}

# TCO inputs for goods/licence drafts: itemised licence/hardware subtotal (the fee base)
FEE_BASE = {"h1094z01": 860000, "h1094z02": 1150800, "h1094z05": 168000, "h1094e01": 1120000, "h1094e03": 1702000}
FORUM_OUTSIDE_MAINLAND = {"h1094e01"}  # Court of Session, Edinburgh

DESIGN = {
    "h1094z01": [],
    "h1094z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h1094z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h1094z04": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h1094z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h1094e01": ["CR-GOVERNING-LAW"],
    "h1094e02": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h1094e03": [],
    "h1094e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h1094e05": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-TERMINATION"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    t = DATA[key][1]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (DATA[key][6] + fees) * 100


def derive(key):
    cat, t, sla, ld_stated, capped, deemed, value = DATA[key]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    cat, t, sla, ld_stated, capped, deemed, value = DATA[key]
    stem, ext, lang = NAMES[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------- reading back
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


CN_DIGIT = "零〇一二两三四五六七八九十百千万点"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)",
    r"(?<![\d.,])(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:一百|百|三十|十五|四十)(?![" + CN_DIGIT + r"])",
    r"万分之五(?![" + CN_DIGIT + r"])",
    r"千分之零点五",
    r"(?<![\d.,])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![" + CN_DIGIT + r"\d])四\s*个?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.,])12\s*(?:months?|个月|个自然月)",
    r"(?<![" + CN_DIGIT + r"\d])十二\s*个\s*月",
    r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "availability of 99.90%", "0.05%", "0.05 %", "30%", "30 %", "15%", "40%", "100%",
            "100 per cent", "百分之三十", "百分之百", "百分之十五", "万分之五", "千分之零点五", "4 hours", "4小时",
            "四小时", "four hours", "12 months", "12个月", "十二个月", "twelve months", "within4hours", "百分之四十"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.5%", "130%", "115%", "140%", "24 hours", "24小时", "二十四小时",
             "14 hours", "24 months", "二十四个月", "万分之五十", "3.15%", "1,000", "CNY 40,000", "十四小时", "8.5%",
             "45%", "35%"]


def scan(text):
    views = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    return {k: sorted({m.group(0) for m in RX.finditer(v)}) for k, v in views.items()}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert RX.search(s), ("regex must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("regex must miss", s)

    targets = {}
    for key, (stem, ext, lang) in NAMES.items():
        if ext in ("docx", "pdf"):
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(SOURCES, targets, OUT, wrap_words=True)

    covered = set()
    for key, (stem, ext, lang) in NAMES.items():
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        t = lab["expected_terms"]
        for k, th in TH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        share = tco_share(key)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (key, share)
        text = read_back(OUT / lab["file"])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, "words", n)
        hits = scan(text)
        assert not any(hits.values()), (key, hits)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-10s %-4s %5d %-6s tco=%s %s" % (key, lang, n, risk(rules),
                                                "-" if share is None else "%.2f" % share, ", ".join(rules) or "-"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # the mix
    risks = {k: risk(label(k)["expected_rules"]) for k in NAMES}
    compliant = [k for k in NAMES if not label(k)["expected_rules"]]
    assert sorted(compliant) == ["h1094e03", "h1094z01"], compliant
    assert label("h1094e01")["expected_rules"] == ["CR-GOVERNING-LAW"] and risks["h1094e01"] == "low"
    assert 8 <= len(label("h1094z05")["expected_rules"]) <= 10
    six = [k for k in NAMES if k not in compliant + ["h1094e01", "h1094z05"]]
    assert len(six) == 6 and all(2 <= len(label(k)["expected_rules"]) <= 3 for k in six)
    print("all checks passed")


if __name__ == "__main__":
    main()
