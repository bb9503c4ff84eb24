"""Builds the holdout678 blind set: ten draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), their
.json labels, and the checks (sums, lengths, thresholds, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H678Z01 = """T:海冰预警平台建设项目采购合同
P:合同编号：HBJC-ZFCG-2025-017
P:甲方（采购人）：××海冰监测预报中心
P:乙方（供应商）：××海洋信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：HBZC2025-0612）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的技术方案均为本合同的组成部分，与本合同不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设海冰预警平台，包括平台软件许可、定制开发、实施部署、数据接入及培训，具体范围以技术方案为准。
P:1.2 平台软件包括海冰数值预报模块、卫星遥感冰情反演模块、预警产品制作与发布模块。乙方授予甲方永久、不可撤销的使用许可，许可不限用户数和安装节点数。
P:1.3 定制开发内容包括：沿海养殖区海冰预警专题、港口航道冰情图自动生成、海冰灾害风险等级评估、面向海事和渔业部门的短信及政务新媒体推送接口。
P:1.4 乙方负责接入甲方现有的岸基观测站、测冰雷达站及浮标数据，并完成与省级海洋预报业务系统、海洋灾害信息发布系统的对接。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），为固定总价，含税费、运输、安装、培训及质保期内服务等全部费用，甲方不再另行支付任何费用。
P:2.2 分项价格：平台软件许可费¥1,126,000；定制开发费¥684,000；实施部署及数据接入费¥148,000；培训费¥22,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥396,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥891,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥693,000。
P:3.4 乙方每次请款前应开具等额合法发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署和数据接入，一百五十日内完成全部定制开发并提交初步验收申请。
P:4.2 乙方应按周向甲方提交进度报告，重大风险应在发现后两个工作日内书面报告。项目经理未经甲方同意不得更换。
P:4.3 乙方应为甲方预报员和系统管理员分期开展集中培训，并提供操作手册、运维手册、接口说明和培训教材。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：技术方案所列功能全部实现；各观测数据源接入完整，数据入库延迟不超过十分钟；海冰预报产品每日按规定时次生成；预警信息推送测试样本全部送达；平台通过第三方安全测评。
P:5.2 初步验收后平台进入试运行，试运行期为一个完整冰期且不少于九十日。试运行期间未发生一级故障，且遥感反演冰厚与现场观测比对误差符合技术方案规定的，甲方组织专家进行最终验收并出具验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证
P:6.1 平台质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及每个冰期前的系统巡检。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的9%，即每年不超过¥101,340；该费用标准自质保期满起三年内不上调，具体以双方另行签订的运维合同为准。
H:第七条 服务水平
P:7.1 质保期内，平台年度可用率不低于99.5%。计划内维护应提前三个工作日通知甲方，并安排在非冰期进行。
P:7.2 一级故障（平台中断或预警产品无法发布）乙方应在30分钟内响应，2小时内远程处理或到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一个工作日内答复。
P:7.3 乙方未按上述时限响应或恢复的，每迟延一小时向甲方支付违约金人民币800元；年度可用率每低于承诺值0.1个百分点，乙方支付违约金人民币2,000元。上述款项可从应付款或履约保证金中扣除。
H:第八条 数据安全
P:8.1 甲方提供的观测数据、预报产品、用户信息及平台运行中产生的全部数据均属于甲方所有。乙方仅为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求部署平台，落实访问控制、操作审计、数据加密传输和备份措施；远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应立即采取处置措施并在1小时内报告甲方。因乙方原因造成安全事件的，乙方承担全部赔偿责任，并配合甲方向主管部门报告。
H:第九条 知识产权
P:9.1 平台软件的知识产权归乙方，甲方依第1.2款享有使用许可。
P:9.2 定制开发形成的程序、源代码、数据模型、专题产品模板及技术文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。甲方可自行或委托第三方修改、使用。
P:9.3 乙方保证其交付成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合合同约定的，应负责修复或更换，并赔偿甲方由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。除投标文件已载明的内容外，乙方不得分包；确需分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：严重违约经甲方书面催告后二十日内仍未纠正；逾期交付超过第10.1款规定的期限；发生重大数据安全事件。
P:12.2 合同解除后，乙方应退还已收取的相应款项，移交已完成的成果和全部甲方数据，并承担违约责任。
H:第十三条 不可抗力
P:13.1 因地震、台风、极端冰情等不可抗力不能履行合同的，受影响方应及时通知对方，并在七日内提供证明，双方协商延期履行或部分免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同附件：技术方案、分项报价表、验收方案、数据接入清单。
P:甲方（盖章）：____________  乙方（盖章）：____________
P:法定代表人或授权代表：____________  法定代表人或授权代表：____________
P:日期：____年__月__日  日期：____年__月__日
"""

H678Z02 = """T:簧片冲压及调音生产线控制系统改造合同
P:合同编号：QYKQ-JG-2025-031
P:甲方：××口琴厂有限公司
P:乙方：××智能装备科技有限公司
P:甲方拟对现有口琴簧片冲压及调音生产线进行控制系统改造。乙方根据甲方技术要求提交了改造方案和报价，双方依据《中华人民共和国民法典》等法律法规，经平等协商，就设备供货、软件许可、安装改造及维保服务订立本合同。
H:一、项目范围
P:（一）乙方负责改造甲方一号、二号簧片生产线：更换伺服冲床控制单元，增加簧片视觉检测工位，建设声学自动调音工作站，敷设工业网络，并部署调音数据管理软件。
P:（二）乙方负责定制开发各型号口琴的调音曲线库、簧片频率在线判定规则，以及与甲方ERP系统的工单、物料接口。
P:（三）乙方负责设备安装、旧控制系统拆除、联机调试、操作及维修人员培训。改造须在甲方安排的两个停产窗口期内完成，每个窗口期不超过十日。
H:二、合同价款
P:（一）合同总价为人民币壹佰伍拾捌万元整（¥1,580,000），含设备、软件许可、安装调试、定制开发、培训、运输、保险及税费。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|伺服冲床控制单元|6套|68,000|408,000
TB:2|簧片视觉检测相机及光源|8套|23,500|188,000
TB:3|声学调音工作站|4套|86,000|344,000
TB:4|PLC及工业以太网设备|1批|132,000|132,000
TB:5|调音数据管理软件许可（永久）|1套|216,000|216,000
TB:|软硬件小计|||1,288,000
TB:6|安装调试及旧系统拆除|1项|156,000|156,000
TB:7|调音曲线库及ERP接口定制开发|1项|118,000|118,000
TB:8|培训|1项|18,000|18,000
TB:|合计|||1,580,000
P:（二）上述价格为固定价格，履行期间不因原材料或人工价格变化而调整。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥316,000。
P:（二）全部设备到货并安装完成后，甲方支付合同总价的45%，计¥711,000。到货签收和安装完成不视为验收。
P:（三）改造项目通过最终验收后，甲方支付合同总价的35%，计¥553,000。
P:（四）乙方请款时应提供等额增值税专用发票，甲方收到发票后二十日内付款。
H:四、交付与安装
P:（一）乙方应在合同生效后六十日内将全部设备运至甲方厂区，并在甲方通知的停产窗口期内完成安装。
P:（二）乙方施工人员应遵守甲方安全生产和厂区管理制度，动火、带电作业须事先办理审批手续。
P:（三）乙方应指定具有自动化改造经验的项目经理常驻甲方现场，每周提交施工进度、质量和安全报告。停产窗口期开始前，乙方应完成设备的厂内预调试和程序模拟，并向甲方提交切换方案和回退方案，确保窗口期结束时生产线能够恢复生产。
P:（四）因乙方原因导致停产窗口期延长的，乙方除承担逾期违约金外，还应赔偿甲方因延长停产造成的直接损失。
H:五、验收
P:（一）验收标准：各工位功能符合技术协议；冲压节拍达到每分钟四十八片；视觉检测漏检、误判样本数符合技术协议附表；调音工作站对标准样簧的频率判定偏差不超过0.5音分；ERP工单和物料数据与系统记录逐条核对一致；两条生产线连续运行二十个生产日无停线故障。
P:（二）符合上述标准的，双方签署最终验收报告。设备投入生产、甲方使用或支付款项均不视为验收合格。
P:（三）验收不合格的，乙方应在二十日内整改并重新验收，整改及重新验收的费用由乙方承担。两次验收仍不合格的，甲方有权解除合同。
P:（四）验收前，乙方应向甲方提交验收方案、测试记录和全部技术资料，甲方在收到后十个工作日内组织验收。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收之日起计算。质保期内设备和软件出现非人为损坏的故障，乙方免费维修或更换，并免费提供软件升级。
P:（二）质保期满后，乙方提供年度维保服务，年费为软硬件小计的7%，即¥90,160，质保期满后三年内不调整。维保内容包括每季度巡检、备件更换、软件升级和故障处理。
H:七、服务水平
P:（一）一级故障（生产线停线）乙方应在1小时内响应，6小时内到场，24小时内恢复生产；二级故障（单工位停用）2小时内响应，两个工作日内修复。
P:（二）乙方未按时响应或修复的，每超时一小时向甲方支付违约金人民币600元，甲方可从应付款中扣除。
P:（三）乙方应在甲方厂区设立常用备件库，备件清单经甲方确认，包括伺服驱动器、工业相机、拾音传感器和交换机等易损部件。质保期内备件消耗由乙方负责补充。
P:（四）乙方应建立服务台，提供服务电话和工单系统，每次故障处理完毕后提交处理报告，说明故障原因和预防措施。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成安装的，每逾期一日按合同总价的万分之六向甲方支付违约金。
P:（二）乙方累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:九、数据与保密
P:（一）调音数据、工艺参数、产品型号资料及生产记录均属于甲方所有。乙方仅为履行本合同使用，不得用于其他目的。
P:（二）乙方远程维护须经甲方书面批准，并通过甲方指定的加密通道进行；不得将甲方数据拷贝带出厂区。发生数据泄露或丢失的，乙方应在2小时内告知甲方，采取补救措施并承担赔偿责任。
P:（三）双方对在履行合同中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
P:（四）乙方人员进入甲方车间须遵守甲方信息安全规定，不得拍摄产品结构、模具和工艺文件，不得擅自接入甲方网络。
H:十、知识产权
P:（一）调音数据管理软件的知识产权归乙方，甲方享有永久使用许可。
P:（二）为甲方定制开发的调音曲线库、判定规则和ERP接口程序及其源代码归甲方所有，甲方可自行修改或委托他人维护。
H:十一、分包
P:（一）乙方可将设备安装、电气布线和设备运输分包给具备相应资质的单位，提前三日书面通知甲方即可。乙方对分包单位的工作承担责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后二十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:（三）合同解除的，乙方应移交已完成的设备、程序、源代码和技术资料，并配合甲方恢复原生产线运行。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交天津仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术协议、设备清单、改造施工方案。
P:（二）本合同未尽事宜，双方可另行签订书面补充协议。乙方交付的技术资料应包括电气图纸、PLC程序、软件安装介质、操作维护手册和备件清单，资料不全的，不予最终验收。
P:甲方（盖章）：____________  乙方（盖章）：____________
P:日期：____年__月__日  日期：____年__月__日
"""

H678Z03 = """婚纱门店预约及会员管理SaaS服务合同

合同编号：LHSS-SaaS-2025-008
甲方：××婚纱摄影连锁管理有限公司
乙方：××云商软件有限公司

甲方在全国经营三十家婚纱摄影及礼服租售门店，现向乙方订购门店预约及会员管理SaaS服务及相关实施服务。双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供门店预约、档期管理、礼服库存、套系销售、会员积分及储值、营销活动和经营报表等功能模块。
2. 订阅范围为甲方三十家门店，每家门店不限账号数，总部另配管理账号。新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责三十家门店的系统配置、历史会员及储值余额数据迁移、甲方微信小程序预约页面对接、收银设备对接和门店人员培训。
2. 实施服务应在合同生效后六十日内完成，并通过第四条约定的上线验收。
3. 乙方应指定实施项目经理，制定分批上线计划，先在三家门店试点，试点稳定后再推广至其余门店，门店切换应安排在非营业时段进行。
（三）支持服务
1. 服务期内，乙方提供每日八时至二十二时的客服热线和在线工单支持，婚庆旺季及节假日期间安排专人值守。
2. 乙方每季度为甲方新入职门店人员提供一次远程培训，并持续更新操作手册和培训视频。
3. 平台功能升级由乙方免费提供，升级前应提前五日通知甲方，涉及门店操作变化的，应同步提供培训材料。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前六十日内，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权按其届时公布的标准价格调整订阅费，并以调整后的价格结算。

三、服务费用及支付
（一）合同总价为人民币陆拾玖万元整（¥690,000），其中：
1. 订阅费：每家门店每个服务年度¥9,800，三十家门店每个服务年度合计¥294,000，两个服务年度共计¥588,000；
2. 实施费：¥86,000，包括配置、数据迁移、小程序及收银对接；
3. 培训费：¥16,000。
（二）实施费和培训费在上线验收合格后十个工作日内一次性支付。
（三）每个服务年度的订阅费在该服务年度开始后十个工作日内支付。
（四）乙方应在收款前开具合规发票。

四、上线验收
（一）实施完成后，乙方提交上线验收申请，甲方在十个工作日内组织验收。验收标准：
1. 三十家门店全部开通，各门店预约、档期、收款、会员功能测试通过；
2. 迁移的会员档案、积分和储值余额与甲方原系统逐户核对一致，差异已全部处理；
3. 小程序在线预约、定金支付和预约确认短信流程测试通过；
4. 在甲方提供的并发场景下，预约提交响应时间不超过3秒。
（二）符合上述标准的，甲方签署上线验收单。乙方开通账号或甲方试用不视为验收。
（三）验收不合格的，乙方应在十日内整改后重新提交验收。
（四）数据迁移期间，甲方原系统继续运行，乙方应在切换前完成两轮试迁移并提交核对报告；因迁移错误导致会员积分或储值余额差错的，由乙方负责更正并承担相应损失。

五、服务水平
（一）乙方保证平台月度可用率不低于99.95%，计划内维护应安排在每日零时至六时之间并提前两日通知。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及非紧急缺陷）：一个工作日内答复。
（三）乙方应每日对甲方数据进行备份，备份数据至少保留三十日，并在异地机房保存副本；数据恢复点不早于故障发生前一小时。
（四）乙方每月向甲方提供服务报告，列明可用率、故障次数和处理情况。服务水平未达标的，乙方应分析原因，提交整改报告并落实整改措施。

六、数据及数据安全
（一）甲方上传或在平台中产生的会员信息、预约及消费记录等业务数据归甲方所有。
（二）乙方可将甲方业务数据去标识化处理后，用于婚庆行业分析报告、产品功能改进和乙方的数据服务，且该等使用权在合同终止后继续有效。
（三）乙方应将数据存储于中国境内，采取加密存储、传输加密、访问权限控制和操作日志等安全措施，平台应通过网络安全等级保护第三级测评。
（四）发生个人信息泄露、篡改、丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失，包括甲方向会员支付的赔偿和行政罚款。
（五）服务终止后三十日内，乙方应按甲方要求导出并移交全部数据，移交完成后删除平台中的甲方数据并出具删除证明。

七、保密
（一）双方对履约中获悉的对方商业秘密、客户名单、价格体系和技术资料负有保密义务，未经对方书面同意，不得向第三方披露或用于本合同以外的目的。
（二）保密义务不因本合同的终止而失效。

八、知识产权
（一）平台软件及其升级版本的知识产权归乙方。
（二）乙方为甲方专门开发的小程序页面、报表模板和接口程序归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证平台及其交付成果不侵犯任何第三方的知识产权；因此引起索赔的，由乙方负责处理并承担全部费用。

九、违约责任
（一）乙方未能在第一条约定的期限内完成实施并通过上线验收的，每逾期一日向甲方支付违约金人民币600元。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应当赔偿对方的实际损失。
（四）乙方未按第六条第（五）项移交或删除数据的，每逾期一日向甲方支付违约金人民币500元。

十、分包
乙方不得将本合同项下的实施服务转包或分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除合同。
（二）乙方连续两个月未达到可用率承诺或发生重大数据安全事件的，甲方有权解除合同，乙方应退还未履行服务期对应的订阅费。
（三）合同解除或服务期满的，乙方应给予甲方不少于六十日的过渡期，过渡期内平台继续按原标准提供服务，并配合甲方将数据迁移至新系统。

十二、不可抗力
因自然灾害、公共卫生事件、基础电信网络大范围中断等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，可据实部分或全部免除责任，但应尽力减少损失。乙方不得以其云资源供应商的故障作为不可抗力事由。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院起诉。

十四、其他
（一）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（二）双方指定的联系人和联系方式见附件，一方变更的，应在三日内书面通知对方。
（三）附件：功能清单、门店清单、数据迁移方案、联系人清单。

甲方（盖章）：                乙方（盖章）：
授权代表：                    授权代表：
日期：                        日期：
"""

H678Z04 = """植物疫情监测系统运维服务合同

合同编号：ZJZ-YW-2025-005
甲方：××市植物检疫站
乙方：××农业信息技术有限公司

甲方通过竞争性磋商方式采购植物疫情监测系统运维服务，乙方为成交供应商。依据《中华人民共和国民法典》及磋商文件、乙方响应文件和成交通知书，双方订立本合同。

1. 服务范围
1.1 运维对象为甲方植物疫情监测系统，包括监测数据平台（含疫情上报、预警分析、移动巡查应用）、部署在全市各乡镇的虫情测报灯86台、孢子捕捉仪24台、性诱自动计数器60台、小型气象站18台，以及相关服务器、存储和网络设备。
1.2 服务内容包括：平台日常运行监控和故障处理；监测终端定期巡检、清洁、校准和故障维修；数据备份与恢复演练；系统安全加固和漏洞修复；疫情高发期保障；运维报告及档案管理。
1.3 乙方派驻一名运维工程师在甲方现场工作（工作日），并安排不少于四名外勤人员负责乡镇终端巡检。

2. 服务期限
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满，本合同终止，不自动续期。甲方后续需要运维服务的，按政府采购程序另行采购。

3. 合同价款
3.1 合同总价为人民币伍拾玖万元整（¥590,000），为固定总价，包括人工、交通、耗材、小额备件、工具及税费。
3.2 分项价格：驻场运维¥268,000；远程监控与应急保障¥96,000；监测终端巡检维护¥184,000；数据备份与安全加固¥42,000。
3.3 单价超过人民币2,000元的更换部件，由乙方报价、甲方书面确认后另行结算，不计入合同总价。

4. 付款方式
4.1 本合同不设预付款。
4.2 服务费按季度支付。每季度结束后，甲方依照第7条进行季度考核，考核通过后十个工作日内，甲方支付该季度服务费¥147,500，考核扣减金额从当期服务费中扣除。
4.3 乙方应在每次付款前开具合法有效的发票。

5. 服务要求
5.1 乙方每日对平台运行状态、数据采集情况进行检查，发现终端离线或数据异常的，应在当日处理或派员现场检修。
5.2 每台监测终端每季度至少现场巡检一次，疫情高发季节（每年4月至9月）每月至少巡检一次，巡检记录须经乡镇农技人员签字确认。
5.3 每季度进行一次数据备份恢复演练，每半年进行一次安全漏洞扫描并完成修复。
5.4 乙方应在每月前五个工作日内提交上月运维报告，内容包括系统运行情况、故障处理、巡检情况和改进建议。
5.5 重大植物疫情应急期间，乙方应根据甲方通知在两小时内组织应急保障小组，增派人员驻场值守，保障疫情数据的实时上报和预警信息的及时推送，应急保障不另行收费。
5.6 乙方应建立监测终端常用备件库，备件种类和数量经甲方确认，确保常见故障可当日更换。因备件不足导致终端停运的，按漏巡处理。
5.7 乙方派驻人员应具备相关专业背景和运维经验，名单报甲方备案，未经甲方同意不得更换。更换人员的，应提前十日书面申请并完成工作交接。乙方应为其人员购买意外伤害保险，乙方人员在服务过程中发生的人身伤害由乙方负责。

6. 服务水平
6.1 监测数据平台月度可用率不低于99.95%（计划内维护除外，计划内维护应提前两个工作日报甲方同意）。
6.2 故障响应：一级故障（平台整体中断或疫情数据无法上报）15分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个模块或单个乡镇终端群中断）1小时内响应，24小时内恢复；三级故障（单台终端故障）两个工作日内修复。
6.3 未达到上述服务水平的，按以下标准从当季服务费中扣减：平台可用率每低于承诺值0.01个百分点扣减人民币1,000元；故障响应或恢复每超时一小时扣减人民币500元；漏巡一台次扣减人民币300元。
6.4 每季度扣减总额不超过当季服务费的一半；扣减不影响甲方依第11条和第13条主张的其他权利。乙方对扣减有异议的，可在收到考核结果后五个工作日内提出书面说明。

7. 考核与验收
7.1 甲方每季度按照运维服务考核细则对乙方考核，考核内容包括可用率、故障处理时效、巡检完成情况、报告质量和人员到岗情况。
7.2 服务期满后二十日内，甲方组织终期验收，验收标准为：全部巡检、演练和安全加固任务已完成；运维档案、巡检记录、终端台账完整并已移交；最后一个季度考核通过；平台和终端运行状态已经双方确认。终期验收合格的，甲方出具验收意见。
7.3 乙方在服务期内提交的报告、甲方支付季度服务费，均不视为终期验收合格。

8. 数据安全
8.1 监测数据、疫情信息、终端台账、系统日志等全部数据属于甲方所有，乙方仅为提供本合同服务而接触使用，不得用于其他任何目的。
8.2 乙方应遵守《中华人民共和国数据安全法》和甲方信息安全管理制度，运维操作须通过甲方堡垒机并全程审计，不得擅自导出、复制数据，不得在个人设备上存储甲方数据。
8.3 发生数据泄露、丢失或系统被攻击等安全事件的，乙方应在1小时内报告甲方并立即处置。因乙方原因造成的安全事件，乙方承担全部责任及由此造成的损失。
8.4 服务终止后，乙方应删除其掌握的甲方数据副本，并向甲方出具书面删除说明。

9. 保密
9.1 乙方对履约中获知的疫情信息、未公开的监测结果和甲方工作资料负有保密义务，未经甲方书面同意不得对外披露。疫情信息的发布以甲方及主管部门的正式发布为准。
9.2 乙方应与其参与本项目的人员签订保密承诺书。保密义务在合同终止后继续有效。

10. 知识产权
10.1 乙方在运维过程中为甲方编写的脚本、配置文件、运维手册和报告归甲方所有，甲方可自由使用和修改。
10.2 乙方保证其提供的工具和服务不侵犯第三方知识产权。

11. 违约责任
11.1 乙方未按第5条约定期限完成巡检、演练或报告任务的，每逾期一日按合同总价的千分之一向甲方支付违约金。
11.2 乙方人员未按要求到岗的，每人每日扣减人民币400元。
11.3 甲方逾期支付服务费的，按应付金额每日万分之二支付违约金。

12. 分包与转让
乙方不得将本合同服务转包或分包，不得将合同权利义务转让给第三方。

13. 合同解除
13.1 乙方严重违约，或连续两个季度考核不通过的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
13.2 合同解除或终止时，乙方应在十日内移交全部资料、账号和密码，并配合新的服务单位完成交接。交接期间乙方应继续保障系统正常运行，交接完成前不得撤离驻场人员。
13.3 因不可抗力致使合同目的不能实现的，双方均可解除合同，已履行部分的服务费据实结算。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院起诉。

15. 其他
15.1 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
15.3 附件：运维服务考核细则、监测终端清单、磋商响应文件、应急保障预案。

甲方（盖章）：                乙方（盖章）：
代表：                        代表：
日期：                        日期：
"""

H678Z05 = """# 软件许可及实施服务合同（标准文本）

> 文本版本：ZY-CT-2024-V3.0　本文本由××智造软件有限公司提供

合同编号：ZY-2025-0416

甲方（需方）：××竹木筷子制品厂

乙方（供方）：××智造软件有限公司

甲方拟采购乙方"智造云追溯"生产追溯系统，用于筷子切削、打磨抛光、烘干、包装各工序的在制品跟踪和批次追溯。双方根据《中华人民共和国民法典》，在平等自愿的基础上，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"智造云追溯"生产追溯系统标准版软件许可（二十个工位，永久许可），并按甲方需求进行定制开发和实施。

1.2 定制开发内容：切削、抛光工序扫码报工；竹材批次与成品批次关联；车间批次追溯看板；质检不良品记录。定制开发的详细内容以双方确认的需求说明书为准，需求说明书确认后的变更另行收费。

1.3 实施内容：系统安装、基础数据初始化、工位终端配置、操作培训。

## 第二条 合同金额

2.1 合同总金额为人民币陆拾捌万元整（¥680,000），含增值税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "智造云追溯"标准版软件许可（二十个工位） | 560,000 |
| 2 | 定制开发（扫码报工、批次关联、追溯看板、质检记录） | 96,000 |
| 3 | 实施及培训 | 24,000 |
| | 合计 | 680,000 |

2.2 工位终端、扫码枪、标签打印机、服务器及网络设备由甲方自行采购，不在本合同范围内。甲方应在乙方指定日期前准备好符合乙方配置要求的运行环境。乙方可提供硬件配置建议，但不对甲方自购设备的性能、兼容性和质量负责。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总金额的65%，计¥442,000。

3.2 系统安装上线后五个工作日内，甲方支付合同总金额的35%，计¥238,000。

3.3 甲方逾期付款的，乙方有权暂停实施、停止技术支持，并按逾期金额每日千分之一收取违约金，由此造成的工期延误由甲方负责。

3.4 乙方收到款项后十个工作日内开具增值税普通发票；甲方需要增值税专用发票的，应提前提供开票信息。

## 第四条 交付与上线

4.1 乙方在收到首期款且甲方运行环境具备后六十日内完成系统安装和定制开发，并安排上线。

4.2 因甲方需求变更、环境未就绪、人员配合不到位等原因造成延误的，交付期限相应顺延。

4.3 甲方应指定项目负责人，负责需求确认、基础数据整理和车间协调，并在乙方提出要求后三个工作日内提供所需的工艺路线、物料编码、工位清单和人员信息。

4.4 基础数据由甲方负责整理并对其准确性负责，乙方负责导入和初始化。因基础数据错误导致的系统问题，乙方协助修正，所需工作量另行计费。

4.5 乙方培训内容包括系统管理员培训和车间操作员培训，培训次数以实施计划为准，超出部分按每人日人民币1,800元另行收费。

## 第五条 验收

5.1 系统安装上线后，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后三日内书面提出，乙方将视情况予以处理；逾期未提出的，视为无异议。

5.3 上线后甲方提出的新增需求或功能调整，不影响验收结论，乙方可根据工作量另行报价。

## 第六条 免费维护期及后续维护

6.1 系统免费维护期为六个月，自系统安装上线之日起计算。免费维护期内，乙方通过电话、远程方式提供技术支持和缺陷修复。

6.2 免费维护期满后，甲方应与乙方签订年度维护协议，维护年费为软件许可费的22%，即每年¥123,200。甲方未续签维护协议的，乙方不再提供升级和技术支持。

6.3 因甲方操作不当、擅自修改系统、运行环境变化或第三方软件造成的问题，不属于维护范围，乙方可提供有偿服务。

6.4 维护协议期内，乙方提供标准版软件的版本升级。定制开发部分的适配和升级不属于维护范围，需另行报价。

## 第七条 技术支持

7.1 乙方在工作日（周一至周五9:00-17:30）提供远程技术支持，对甲方提出的问题，乙方将尽商业上合理的努力予以解决。

7.2 需要现场服务的，乙方根据工程师安排确定到场时间，差旅费用由甲方承担。

7.3 甲方应通过乙方客户服务平台提交问题，并提供问题描述、截图和日志。乙方按问题提交顺序处理。

## 第八条 知识产权

8.1 本合同项下的软件及其全部组成部分，包括根据甲方需求进行的定制开发成果、源代码、数据库结构及相关文档，知识产权均归乙方所有。

8.2 甲方仅享有在本合同约定的工位数量范围内、为自身生产经营使用软件的非独占许可，不得复制、修改、反向工程，不得转让或许可第三方使用。乙方有权将定制开发成果用于其他客户。

8.3 甲方对软件的使用不得超出许可范围。甲方增加工位的，应按乙方当时的报价购买新增许可。

8.4 乙方保证其提供的标准版软件不侵犯第三方知识产权。第三方就此提出权利主张的，由乙方负责处理。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据、工艺数据、质检记录归甲方所有，乙方仅为履行本合同使用上述数据。

9.2 乙方实施和远程维护时，应遵守国家数据安全相关法律法规，采取访问控制和加密传输措施，不得留存甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

9.3 甲方应自行做好数据的日常备份。合同终止时，乙方可协助甲方将生产数据导出为通用格式。

## 第十条 保密

10.1 双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。

10.2 本条保密义务在合同终止后两年内有效。

## 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。

11.2 乙方对因软件使用造成的间接损失、预期利润损失不承担责任。

11.3 甲方未按约定提供运行环境、基础数据或配合实施，导致乙方人员窝工的，甲方应按每人日人民币1,800元向乙方支付费用。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

12.2 甲方单方解除合同的，已支付款项不予退还。

12.3 合同解除后，甲方应停止使用软件并删除全部安装副本，乙方配合甲方导出生产数据。

## 第十三条 不可抗力

13.1 因自然灾害、政府行为、网络运营商故障、电力中断等不可抗力或乙方不能控制的原因导致不能履行或延迟履行的，乙方不承担责任。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

15.3 双方往来通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发出后次日视为送达。

15.4 附件：需求说明书、实施计划、软件许可证书。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

H678E01 = """T:Software Licence and Services Agreement
P:Agreement No. SWD-CN-2025-014
P:This Agreement is made between Inner Mongolia Grassland Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot (the "Customer"), and South West Dairy Systems Pty Ltd, ABN 41 608 227 913, of 112 Raglan Parade, Warrnambool, Victoria 3280, Australia (the "Vendor").
P:The Vendor develops HerdLine, a herd management and milk-supply quality software product used by dairy processors. The Customer wishes to licence HerdLine for its milk collection network and to engage the Vendor to implement it. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HerdLine modules listed in Annex 1, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data mappings, scripts and documentation created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data supplied by the Customer or generated through the Customer's use of the Software, including farm, herd, milk-collection, laboratory and supplier payment data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
P:1.5 "Severity 1 Fault" means a fault that stops milk intake recording or laboratory result release at any collection centre.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Customer's and its affiliates' business in mainland China, for up to 60 collection centres and 400 named users.
P:2.2 The Vendor shall implement the Software, including installation in the Customer's data centre in Hohhot, configuration, migration of supplier and herd master data from the Customer's current system, interfaces to the Customer's ERP and laboratory instruments, training, and go-live support.
P:2.3 The Vendor shall deliver the services in accordance with the project plan in Annex 2. The Vendor's project manager shall be approved by the Customer and shall not be replaced without the Customer's consent.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,876,000 (one million eight hundred and seventy-six thousand yuan), inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,240,000; implementation and data migration CNY 386,000; ERP and laboratory interfaces CNY 214,000; training CNY 36,000.
P:3.2 The Contract Price is fixed. No additional charge applies to any work within the scope in Annex 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 375,200) within 20 days after signature and receipt of an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 844,200) after the Software is installed and the interfaces are ready for testing. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% (CNY 656,600) within 20 days after Final Acceptance.
P:4.4 Each payment is due against a valid invoice. Payments are made in CNY to the Vendor's nominated account.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and be ready for acceptance testing within 150 days after signature.
P:5.2 Acceptance tests are run by the Customer with the Vendor's support, following the test plan agreed in Annex 3. The acceptance criteria are: all functions in Annex 1 work as described; migrated supplier and herd records reconcile with the source system record by record; milk intake records from the pilot collection centres reach the ERP within two minutes; laboratory results are received from every connected instrument without manual re-keying; and the Software runs for 30 consecutive days in production at the pilot centres without a Severity 1 Fault.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. Installation, go-live, use of the Software in production, or payment do not by themselves constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. If the Software fails acceptance twice, the Customer may terminate this Agreement under Article 13.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects, provide updates and new versions, and provide support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 9.5% of the Software licence fee, that is CNY 117,800 per year, and shall not increase for the first three years after the Warranty Period. Annual support does not renew automatically; each year is ordered by a purchase order.
H:Article 7 Service Levels
P:7.1 The Vendor shall respond to a Severity 1 Fault within one hour, day or night, and restore service or provide a workaround within eight hours. Severity 2 Faults are answered within two hours and resolved within two working days. Other requests are answered within one working day.
P:7.2 Remote support is provided in Chinese and English through a hotline and a ticket portal. Where a fault cannot be solved remotely, the Vendor's engineer or its Chinese service partner shall attend the site.
P:7.3 For each hour by which the Vendor exceeds a response or restoration time for a Severity 1 Fault, the Vendor shall pay the Customer CNY 1,000, and CNY 300 for each hour of delay for a Severity 2 Fault. The Customer may deduct these amounts from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver the source code and build documentation of the Custom Deliverables at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third parties.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking, analytics or product development.
P:9.2 Customer Data shall remain in the Customer's data centre in mainland China. The Vendor's remote access requires the Customer's approval for each session and runs through the Customer's bastion host with multi-factor authentication and full session logging. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the PRC Personal Information Protection Law, Data Security Law and Cybersecurity Law.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within two hours after becoming aware of it, shall take immediate remedial action, and is liable for the losses caused by incidents attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public business, technical and financial information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to meet the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor's Chinese service partner named in Annex 2 is approved. The Vendor remains responsible for the work of any subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, if the Software fails acceptance twice, or if delay damages reach their maximum.
P:13.2 On termination, the Vendor shall refund the amounts paid for undelivered items and hand over all Custom Deliverables completed to date and all Customer Data.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Victoria, Australia.
P:14.2 Each party submits to the non-exclusive jurisdiction of the courts of Victoria sitting in Melbourne and the courts entitled to hear appeals from them.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject. Any amendment must be in writing and signed by both parties. This Agreement is signed in English and Chinese; both texts are equally authentic.
P:15.2 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event continues for more than 60 days, either party may end this Agreement by notice, and Article 13.2 applies.
P:15.3 Notices shall be given in writing to the addresses stated above, or to the e-mail addresses in Annex 2, and take effect on receipt.
P:Annex 1: Software modules and functional description. Annex 2: Project plan, team and service partner. Annex 3: Acceptance test plan.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

H678E02 = """# Order Form and General Terms — InspectPoint Asset Inspection Service

**Order Form No.** LVA-OF-2025-022

**Provider:** Latrobe Valley Asset Software Pty Ltd, ABN 63 154 870 226, 27 Kay Street, Traralgon, Victoria 3844, Australia

**Customer:** Shanxi Jinyuan Thermal Power Co., Ltd., Taiyuan, Shanxi Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the Provider and the Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1 Service

InspectPoint, the Provider's cloud service for inspection rounds, defect recording, condition monitoring and maintenance planning of power-plant assets (the "Service"), with the mobile inspection app, the planning module, the reporting module and the API for the Customer's enterprise asset management (EAM) system. The Service covers two generating units, the coal handling plant, the water treatment plant and the substation, for up to 350 named users.

### A2 Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under B3; the second starts on the first anniversary of that date. The Agreement ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 350 named users, all modules | 468,000 |
| Subscription fee, Subscription Year 2 | 350 named users, all modules | 468,000 |
| Onboarding (configuration, asset register import, EAM interface, training) | one-time | 74,000 |
| Total fees | | 1,010,000 |

All fees are in CNY and include value-added tax. Additional named users in blocks of 50 are charged pro rata at the same unit rate.

### A4 Invoicing and Payment

The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 117,000 at the start of each quarter, payable within 30 days after invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days after invoice. No amount is payable before Go-Live Acceptance.

### A5 Hosting

The Service for the Customer is hosted in mainland China, in the Beijing region of Huayun Cloud Technology Co., Ltd., which the Customer approves as the Provider's hosting subcontractor by signing this Order Form.

### A6 Contacts and Onboarding Plan

Go-Live Acceptance is targeted for 75 days after signature. The Provider's onboarding lead and the Customer's project owner are named in the onboarding plan attached to this Order Form.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data entered into or generated by the Service for the Customer, including asset registers, inspection records, photographs, defect reports and maintenance plans.

1.2 "Customer Configurations" means the inspection routes, checklists, report templates, workflow settings and interface mappings prepared by the Provider for the Customer.

1.3 "Critical Incident" means an incident in which the Service is unavailable to all users or no inspection records can be saved or synchronised.

### 2. Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with this Agreement and the service description attached to the Order Form.

2.2 The Provider may improve the Service from time to time, provided that no change materially reduces its functions. The Provider shall give the Customer at least 30 days' notice of any change that affects the Customer's users or the EAM interface.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall carry out the onboarding services in A3 according to the onboarding plan.

3.2 Go-Live Acceptance tests are run by the Customer. The criteria are: all asset register records imported and reconciled with the Customer's source file; all inspection routes and checklists for both units configured and tested on site with the mobile app, including offline recording and later synchronisation; defect records created in the Service appear as work requests in the EAM system within five minutes; the reports listed in the onboarding plan produce correct results on test data; and the trained users can complete a full inspection round without assistance.

3.3 When the criteria are met, the Customer signs a Go-Live Acceptance certificate within five working days. Access to the Service or use in a trial does not constitute Go-Live Acceptance.

3.4 If Go-Live Acceptance is delayed beyond the target date in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 60,000.

### 4. Service Levels

4.1 The Service is available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 The Provider responds to a Critical Incident within 30 minutes, at any time, and restores the Service within three hours. Other incidents are answered within two hours during business hours and resolved within two working days.

4.3 If monthly availability falls below the commitment, the Provider grants a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to the full monthly fee. For each hour by which a Critical Incident response or restoration exceeds the time in 4.2, the Provider credits CNY 1,000. Credits are deducted from the next invoice or refunded after the last one.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer under this Agreement and for no other purpose.

5.2 The Customer may export its Customer Data at any time in CSV and photograph archive formats. Within 30 days after the end of the Agreement, the Provider shall return all Customer Data to the Customer in those formats and then delete it from the Service.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including the Customer's plant drawings, operating data and prices, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by similar obligations.

6.2 This clause survives for three years after the end of the Agreement.

### 7. Intellectual Property

7.1 The Service, its software and documentation remain the property of the Provider and its licensors.

7.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and let third parties use them, including in another system after the Agreement ends. The Provider shall deliver them in an editable format on request.

### 8. Fees and Taxes

8.1 Fees are fixed for the Subscription Term. Invoices are issued as PRC value-added tax invoices by the Provider's Shanghai branch office.

8.2 If an undisputed invoice remains unpaid 30 days after a reminder, the Provider may charge interest at the loan prime rate published by the National Interbank Funding Center.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, or loss of profit, except in the case of wilful misconduct or gross negligence.

9.2 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

### 10. Subcontracting

10.1 The Provider shall not subcontract the performance of the Service or the onboarding services, in whole or in part, without the Customer's prior written consent, except for the hosting subcontractor approved in A5. The Provider remains responsible for every subcontractor.

### 11. Term and Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.

11.2 The Customer may also terminate the Agreement by written notice if the Provider misses the availability commitment in 4.1 in any two consecutive months, or misses the Critical Incident restoration time three times in one Subscription Year.

11.3 On termination by the Customer under 11.1 or 11.2, the Provider shall refund any prepaid fees for the period after termination, and clause 5.2 applies.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with the Agreement shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 13. General

13.1 Neither party may assign the Agreement without the other party's written consent.

13.2 Any amendment to the Agreement must be in writing and signed by both parties. The Agreement is signed in English and Chinese; both versions have equal effect.

13.3 Notices under the Agreement shall be given in writing to the addresses in this Order Form or to the contacts named in the onboarding plan, and take effect when received.

13.4 Neither party is liable for failure caused by events beyond its reasonable control, provided that it gives prompt notice and resumes performance as soon as possible.

**Signed for the Provider:** ____________________ Date: __________

**Signed for the Customer:** ____________________ Date: __________
"""

H678E03 = """T:Purchase Contract for Grain Silo Monitoring Sensors and Licence
P:Contract No. HLJ-GR-2025-0093
P:Buyer: Heilongjiang Beidahuang Grain Reserve Co., Ltd., Harbin, People's Republic of China (the "Buyer")
P:Supplier: Wimmera Grain Sensing Pty Ltd, ABN 27 615 304 118, 54 Firebrace Street, Horsham, Victoria 3400, Australia (the "Supplier")
P:The Buyer selected the Supplier through a competitive negotiation to supply temperature and moisture sensing equipment and monitoring software for 24 grain storage sites. This contract is on the Buyer's standard terms for imported equipment.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, gateways, weather stations and accessories listed in the Price Schedule.
P:1.2 "Software" means the SiloWatch monitoring software licensed under clause 3, including its updates.
P:1.3 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.4.
P:1.4 "Priority 1 Fault" means a fault that stops temperature or moisture readings from a whole site, or prevents alarms from being raised.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment at the 24 sites listed in Annex 1, install the Software on the Buyer's servers in Harbin, connect all gateways to it and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment DAP Harbin (Incoterms 2020) and is responsible for export packing, shipping, insurance and transport to each site. The Buyer is responsible for import customs clearance, with the Supplier's documents.
P:2.3 The Supplier shall provide with the Equipment: packing lists, certificates of origin, test reports for each sensor cable, installation drawings for each site, the Software user and administrator manuals in Chinese, and a recommended spare parts list.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese or is supported by an interpreter at all site meetings, and shall report progress to the Buyer every week.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the 24 sites and at any further site of the Buyer that uses Equipment bought from the Supplier, with no limit on users.
P:3.2 The Buyer may make copies for backup and testing and may move the Software to other servers of its own.
H:4. Price
P:4.1 The Contract Price is CNY 1,800,000, fixed, inclusive of all taxes except import duties and import value-added tax payable by the Buyer, as set out in the Price Schedule.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature and moisture sensor cable, 28 m|480|1,650|792,000
TB:2|Wireless site gateway with solar power kit|24|9,800|235,200
TB:3|Site weather station (temperature, humidity, rainfall)|6|18,500|111,000
TB:4|SiloWatch monitoring software, perpetual licence, 24 sites|1|428,000|428,000
TB:|Equipment and Licence Subtotal|||1,566,200
TB:5|Installation and commissioning at 24 sites|1|186,000|186,000
TB:6|Calibration, documentation and training|1|47,800|47,800
TB:|Contract Price|||1,800,000
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 180,000) within 20 days after receipt of an advance payment guarantee for the same amount issued by a bank in mainland China.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 990,000) after all Equipment is delivered and installed at all sites. Delivery and installation are not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 630,000) within 20 days after Final Acceptance.
P:5.4 All payments are made in CNY by bank transfer against a valid invoice.
H:6. Delivery, Installation and Acceptance
P:6.1 The Supplier shall deliver the Equipment within 75 days after signature and complete installation at all sites within 120 days after signature, outside the grain intake season agreed with the Buyer.
P:6.2 Site acceptance: at each site, the Supplier and the Buyer's site manager check that each sensor cable reports from every sensing point, that the readings of three sample points per bin agree with a calibrated reference probe within the tolerance in Annex 2, and that alarms reach the Software and the duty officer's phone.
P:6.3 System acceptance: after all sites pass site acceptance, the system runs for 60 consecutive days. It passes if data from all sites is received without a gap longer than the interval in Annex 2, no Priority 1 Fault occurs, and the reports listed in Annex 2 are produced correctly.
P:6.4 When system acceptance is passed and all documents in Annex 2 are delivered, the Buyer issues the Final Acceptance certificate. Delivery, installation, use of the system or payment do not constitute acceptance.
P:6.5 If the system fails a test, the Supplier shall correct the cause at its own cost and the test is repeated.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period the Supplier shall repair or replace any defective Equipment at its own cost, including transport, and provide Software updates, bug fixes and support free of charge.
P:7.2 After the warranty, the Buyer may order annual support for the Equipment and the Software at 6% of the Equipment and Licence Subtotal, that is CNY 93,972 per year. This price is fixed for the two years following the warranty. Support is ordered year by year and does not renew automatically.
H:8. Service Levels
P:8.1 The Supplier shall provide a hotline in Chinese through its service partner in Harbin.
P:8.2 The Supplier shall respond to a Priority 1 Fault within one hour and restore monitoring at the affected site within 48 hours, replacing parts from the spare stock held in Harbin where needed. Other faults are answered within one working day and fixed within five working days.
P:8.4 During the warranty, the Supplier shall keep in Harbin a stock of spare sensor cables, gateways and batteries sufficient to replace the equivalent of one site's equipment, and shall replenish it within 30 days after each use.
P:8.3 For each hour by which the Supplier exceeds the response or restoration time for a Priority 1 Fault, the Supplier shall pay the Buyer CNY 500. The Buyer may deduct such amounts from any payment due.
H:9. Delay Damages
P:9.1 If the Supplier fails to meet a date in clause 6.1 for reasons attributable to it, the Supplier shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:9.2 If the delay exceeds 60 days, the Buyer may terminate this contract under clause 15.
H:10. Buyer Data and Data Security
P:10.1 All readings, alarms, site layouts, stock records and other data collected or generated by the Equipment and the Software belong to the Buyer. The Supplier may use them only to perform this contract.
P:10.2 The Software runs on the Buyer's servers. The Supplier shall not send Buyer data outside the Buyer's systems, shall access them remotely only with the Buyer's approval for each session through the Buyer's VPN and audit system, and shall follow the Buyer's information security rules and PRC data protection law.
P:10.3 The Supplier shall report any security incident involving Buyer data within two hours after becoming aware of it, help the Buyer contain it, and is liable for losses caused by incidents attributable to the Supplier.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's storage quantities and site details, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the end of this contract.
H:12. Intellectual Property
P:12.1 The Software and the firmware of the Equipment remain the property of the Supplier.
P:12.2 Site layouts, alarm rules, report templates and interface programs prepared for the Buyer under this contract belong to the Buyer, who may use, modify and license them freely.
H:13. Liability
P:13.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Harbin service partner named in Annex 1 is approved for installation and support. The Supplier remains liable for all subcontracted work.
H:15. Termination
P:15.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or in the case described in clause 9.2.
P:15.2 On termination, the Supplier shall refund payments for Equipment and services not delivered and accepted, and pay the delay damages due.
H:16. Governing Law and Disputes
P:16.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:17. General
P:17.1 This contract is signed in Chinese and English. Both versions are equally valid.
P:17.2 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. Performance is suspended for the duration of the event. If it lasts more than 90 days, either party may terminate this contract by notice.
P:17.3 Any amendment to this contract must be in writing and signed by both parties. Notices take effect when received at the addresses stated above.
P:Annex 1: Site list and service partner. Annex 2: Acceptance tests, tolerances and documents.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H678E04 = """# Managed IT Services Agreement

**Agreement No.** KVM-MSA-2025-007

**Customer:** Ningxia Helan Mountain Winery Group Co., Ltd., Yinchuan, Ningxia, People's Republic of China (the "Customer")

**Provider:** King Valley Managed IT Pty Ltd, ABN 88 602 451 379, 41 Murphy Street, Wangaratta, Victoria 3677, Australia (the "Provider")

**Background.** The Customer runs a head office in Yinchuan, three wineries, a bottling plant, two warehouses and a visitor centre. It wishes the Provider to take over the operation of its IT environment as a managed service for 36 months. The Provider delivers the on-site part of the services through its branch office registered in Yinchuan.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer and its employees, customers and distributors that the Provider accesses, stores or processes in performing the Services.

1.5 "P1 Incident" means an incident that stops the operation of a whole site, the bottling line control network, the ERP system or the Customer's e-mail service.

## 2. Services

2.1 The Provider shall provide the Services to the standards in Schedule 1 and the service levels in Schedule 2, using suitably qualified staff, and in accordance with the Customer's IT policies notified to it.

2.2 The Provider shall provide a named service delivery manager, who meets the Customer's IT manager every month to review performance, incidents, changes and planned work.

2.3 The Provider shall keep the configuration database, network diagrams, passwords vault and operating procedures for the Customer's environment complete and up to date.

2.4 Changes to the Customer's environment follow the change procedure in Schedule 1. Normal changes need the approval of the Customer's IT manager; emergency changes may be made to restore service and must be reported on the next working day.

## 3. Term

3.1 This Agreement starts on signature and continues until the end of the Term. It expires at the end of the Term and does not renew automatically. The parties may agree an extension in writing, on terms agreed at the time.

3.2 This Agreement may be terminated before the end of the Term only by written agreement of both parties, or by either party under Section 12.3 if a force majeure event continues for more than 90 days. Neither party has any other right to terminate this Agreement early.

## 4. Transition

4.1 The Provider shall carry out the transition described in Schedule 1, Part B, which is planned to take 60 days from signature.

4.2 Transition acceptance criteria: all devices and systems in scope recorded in the configuration database and verified on site; monitoring active for every server, network device and internet link; the service desk answering calls in Chinese; backup jobs running and one full restore test passed for the ERP system; documented procedures handed over and approved by the Customer's IT manager.

4.3 When the criteria are met, the Customer signs the transition acceptance certificate within five working days. The Services are then charged from the Service Commencement Date. Work before that date is covered by the transition fee only.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges over the Term are CNY 2,220,000.

5.2 The transition fee is invoiced after the Customer signs the transition acceptance certificate. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt.

5.3 The charges are fixed for the Term. Work outside Schedule 1 is charged only if the Customer has approved a written quotation in advance.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the service levels in Schedule 2 and report its performance every month.

6.2 If a service level is missed, the Provider shall credit the amounts set out in Schedule 2 against the next monthly invoice. Service credits are a price adjustment for the reduced service. The total service credits in any month shall not exceed 20% of that month's service charge.

## 7. Customer Data and Security

7.1 Customer Data remains the property of the Customer. The Provider may use it only to perform the Services and shall not use it for any other purpose.

7.2 The Provider shall follow the Customer's information security policy, keep all Customer Data in the Customer's systems in mainland China, use named accounts with multi-factor authentication for all privileged access, log all administrative actions, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within one hour, take immediate action to contain it, cooperate with any investigation, and compensate the Customer for the losses caused by incidents attributable to the Provider.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including the Customer's recipes, blending records, distributor prices and network details, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Scripts, configurations, procedures, reports and documentation created by the Provider for the Customer belong to the Customer, who may use, modify and give them to any other service provider.

9.2 The Provider's own tools, monitoring platform and know-how remain its property. Where they are needed to operate the Customer's environment after the Term, the Provider shall grant a reasonable licence or help the Customer replace them.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges over the Term. The limit does not apply to breach of Sections 7 and 8, personal injury or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Subcontracting and Personnel

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

11.2 The Provider's staff working at the Customer's sites shall comply with the Customer's site rules, including food safety and hygiene rules in the wineries and bottling plant.

## 12. Exit, Force Majeure and General

12.1 During the last three months of the Term, the Provider shall cooperate in transferring the Services to the Customer or a new provider, hand over all documentation, passwords and configuration data, and answer reasonable questions without extra charge.

12.2 At the end of the Term, the Provider shall return all Customer Data and delete any copies in its possession, and confirm this in writing.

12.3 A party affected by force majeure shall notify the other party promptly. Its obligations are suspended while the event continues.

12.4 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.

12.5 This Agreement is signed in Chinese and English, and both texts are equally authentic. Any amendment must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other party's prior written consent. Notices take effect when received at the addresses stated above.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Telephone, e-mail and portal support in Chinese, 07:30 to 19:30 every day; on-call engineer outside those hours |
| A2 | Network operations | Monitoring and management of 8 sites, 46 switches, 120 wireless access points, firewalls and internet links |
| A3 | Server and backup operations | 34 virtual and 6 physical servers, backup and restore, patching, capacity reports |
| A4 | End-user support | 420 desktops, laptops and printers, moves and changes, on-site support at head office and wineries |
| A5 | Bottling line network support | Network and server support for the control systems of the bottling line, coordinated with the line supplier |
| A6 | Security operations | Endpoint protection, vulnerability scanning every month, firewall rule reviews every quarter |
| B | Transition | Discovery, documentation, monitoring set-up, knowledge transfer from the current provider, parallel run of 14 days |

## Schedule 2 — Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| P1 Incident response | 15 minutes, 24 hours a day | CNY 1,000 per hour late |
| P1 Incident restoration | 6 hours | CNY 2,000 per hour late |
| P2 Incident response | 1 hour in service hours | CNY 300 per hour late |
| Core network and ERP availability | 99.95% per month | 3% of the monthly charge per 0.1 point below target |
| Backup success | all scheduled jobs, failures rerun next day | CNY 500 per missed rerun |
| Monthly report | by the 5th working day | CNY 500 per late report |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after transition acceptance | 132,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| Total charges over the Term | | 2,220,000 |

**Signed for the Customer:** ____________________

**Signed for the Provider:** ____________________
"""

H678E05 = """DATA SUBSCRIPTION AND API SERVICES AGREEMENT

Agreement No. GEO-YN-2025-011

BETWEEN

Yunnan Highland Agricultural Insurance Co., Ltd., a company incorporated in the People's Republic of China, with its head office in Kunming, Yunnan Province (the "Customer")

AND

East Gippsland Geodata Pty Ltd, ABN 19 637 502 884, 88 Main Street, Bairnsdale, Victoria 3875, Australia (the "Provider")

BACKGROUND

The Provider produces satellite-derived vegetation, soil moisture and fire weather data products and makes them available through an application programming interface (API). The Customer insures crops, tea and forest plantations in Yunnan and wishes to use the data products for underwriting, loss assessment and risk monitoring. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the data sets described in Annex A, covering Yunnan Province at the resolutions and update frequencies stated there.

1.2 "API" means the Provider's programming interface through which the Customer's systems query and download the Data Products.

1.3 "Subscription Year" means each period of 365 days starting on the Service Start Date or its anniversary. The subscription covers two Subscription Years.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Customer Inputs" means the parcel boundaries, policy identifiers, claim locations and other data that the Customer sends to the API or uploads to the Provider.

1.6 "Severity 1 Incident" means an incident in which the API is unavailable, or the daily Data Products are not published, for all users.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive right to access the API and to use the Data Products for its own insurance business, including underwriting, pricing, claims handling, reinsurance reporting and reports to regulators.

2.2 The Customer may keep and continue to use Data Products downloaded during the subscription, and reports and maps made from them, after the end of this Agreement for the same purposes.

2.3 The Customer may allow its loss adjusters and reinsurers to view Data Products as part of claims files and reports, but shall not resell the Data Products as such.

2.4 The subscription includes up to two million API calls per month. Calls above that volume are charged at CNY 0.03 per call, invoiced quarterly in arrears.

2.5 The subscription includes user support by e-mail and telephone in Chinese and English during business hours in Beijing, access to the Provider's documentation and sample code, and two online training sessions in each Subscription Year for the Customer's underwriters and claims staff.

2.6 The Provider shall give the Customer at least 60 days' notice of any change to the API that is not backwards compatible, and shall keep the previous version available during that period.

3. INTEGRATION SERVICES

3.1 The Provider shall set up a dedicated API endpoint for the Customer, hosted in mainland China, map the Data Products to the Customer's parcel register, and support the Customer's IT department in connecting its underwriting and claims systems to the API.

3.2 The Provider shall make the API and the historical Data Products available for integration testing within 45 days after signature.

3.3 If the Provider misses the date in clause 3.2 for reasons attributable to it, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 36,000.

4. INTEGRATION ACCEPTANCE

4.1 The Customer shall test the integration within 20 working days after the Provider notifies that it is ready. The acceptance criteria are: all Data Products in Annex A available through the API for the whole province; the historical archive loaded for the years stated in Annex A; query results for the 200 test parcels supplied by the Customer match the reference values supplied by the Provider; a single parcel query returns within two seconds under the Customer's test load; and the daily update is received on five consecutive days.

4.2 When the criteria are met, the Customer signs an Integration Acceptance certificate. Access to the test endpoint does not constitute acceptance.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee CNY 336,000 for each Subscription Year, CNY 672,000 for both; and integration fee CNY 48,000, one-time. The total fixed fees are CNY 720,000, inclusive of value-added tax.

5.2 The integration fee is payable within 30 days after Integration Acceptance.

5.3 The subscription fee for each Subscription Year is invoiced in four equal instalments of CNY 84,000 at the end of each quarter of that Subscription Year and is payable within 30 days after invoice.

5.4 The fees are fixed for both Subscription Years.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.5% of the time in each calendar month, measured at the Provider's monitoring point in mainland China and excluding scheduled maintenance notified two working days in advance.

6.2 The Provider shall respond to a Severity 1 Incident within one hour, at any time, and restore the service within eight hours. Other incidents are answered within one working day.

6.3 Daily Data Products are published by 09:00 Beijing time.

6.4 If availability falls below the commitment in 6.1, or a Severity 1 Incident is not restored within the time in 6.2, the Provider shall credit the Customer 5% of the quarterly instalment for each such month or incident, up to the full instalment. Credits are deducted from the next invoice.

6.5 The Provider shall send the Customer a monthly report showing availability, incidents, publication times and API call volumes, and shall meet the Customer every quarter to review the service.

7. DATA OWNERSHIP AND DATA SECURITY

7.1 Customer Inputs and all query logs and results relating to the Customer belong to the Customer. The Provider may use them only to provide the API and the Data Products to the Customer and for no other purpose.

7.2 The Provider shall store Customer Inputs only in the dedicated endpoint in mainland China, encrypt them in transit and at rest, restrict access to named staff, keep access logs for the term, and comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Inputs within two hours after becoming aware of it, take all reasonable steps to contain it, and is liable for the losses caused to the Customer by incidents attributable to the Provider.

7.4 At the end of this Agreement, the Provider shall delete all Customer Inputs and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's policy and claims information and the Provider's methods, and shall use it only for this Agreement. This clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Data Products, the API and the Provider's models remain the property of the Provider and its licensors.

9.2 The parcel mapping, query scripts, risk indices and reports prepared by the Provider specifically for the Customer belong to the Customer, who may use, modify and license them freely.

10. SUBCONTRACTORS

10.1 The Provider may engage subcontractors, including hosting providers, satellite data processors and support contractors, to perform any part of this Agreement, by giving the Customer written notice before the subcontractor starts work. The Provider remains responsible for the acts and omissions of its subcontractors.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to 150% of the total fixed fees. This limit does not apply to breach of clauses 7 and 8 or to wilful misconduct.

11.2 The Data Products are estimates derived from satellite observations and models. The Provider does not guarantee any particular insurance outcome, but shall correct any processing error in the Data Products promptly after it is reported.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. A further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.3 If the Customer terminates under 12.2, the Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

14. GENERAL

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

14.2 This Agreement is signed in Chinese and English, both texts being equally authentic. Any amendment must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other party's prior written consent. Notices take effect when received at the addresses stated above.

ANNEX A - DATA PRODUCTS

Vegetation index, 10 m resolution, updated every five days; soil moisture index, 1 km resolution, daily; fire weather index and active fire detections, daily; historical archive from 2016.

SIGNED for the Customer: ____________________

SIGNED for the Provider: ____________________
"""

FILES = {  # key -> (file name, format)
    "h678z01": ("h678z01_sea_ice_warning_platform.pdf", "pdf"),
    "h678z02": ("h678z02_harmonica_reed_line_control_retrofit.docx", "docx"),
    "h678z03": ("h678z03_bridal_chain_booking_membership_saas.txt", "txt"),
    "h678z04": ("h678z04_plant_quarantine_monitoring_om_service.txt", "txt"),
    "h678z05": ("h678z05_chopstick_tracking_software_supplier_template.md", "md"),
    "h678e01": ("h678e01_dairy_herd_software_licence_warrnambool.pdf", "pdf"),
    "h678e02": ("h678e02_asset_inspection_saas_order_form_traralgon.md", "md"),
    "h678e03": ("h678e03_grain_silo_sensors_licence_horsham.docx", "docx"),
    "h678e04": ("h678e04_winery_managed_it_services_wangaratta.md", "md"),
    "h678e05": ("h678e05_satellite_data_api_subscription_bairnsdale.txt", "txt"),
}
SOURCES = {"h678z01": H678Z01, "h678z02": H678Z02, "h678z03": H678Z03, "h678z04": H678Z04, "h678z05": H678Z05,
           "h678e01": H678E01, "h678e02": H678E02, "h678e03": H678E03, "h678e04": H678E04, "h678e05": H678E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      fee base (itemised licence/hardware subtotal) for goods, foreign forum, design rules, design risk
D = {
    "h678z01": ("zh", "software", [99.5, 0.5, True, "buyer", True, True, False, 0.08, None, 20, True, True, 24, 9,
                                   False, True, False, "PRC", G], (True, True, True, False, 1980000), 1126000, False,
                ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], "medium"),
    "h678z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.06, 50, 20, True, True, 24, 7,
                                   False, True, True, "PRC", G], (True, True, True, False, 1580000), 1288000, False,
                ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "medium"),
    "h678z03": ("zh", "cloud", [99.95, 0.5, False, "buyer", True, False, True, 600 / 690000 * 100, None, None, True,
                                None, None, None, True, True, False, "PRC", S], (True, True, None, False, 690000),
                None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"], "medium"),
    "h678z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                   None, False, True, False, "PRC", S], (True, True, None, False, 590000), None, False,
                [], "low"),
    "h678z05": ("zh", "software", [None, None, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6,
                                   22, False, True, None, "PRC", G], (False, True, True, True, 680000), 560000, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "h678e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 9.5,
                                   False, True, False, "Victoria", G], (True, True, True, False, 1876000), 1240000,
                True, ["CR-GOVERNING-LAW"], "low"),
    "h678e02": ("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 900 / 1010000 * 100, 6 / 24 * 100, None,
                                True, None, None, None, False, True, False, "PRC", S], (True, True, None, False, 1010000),
                None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "high"),
    "h678e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False,
                                   True, False, "PRC", G], (True, True, True, False, 1800000), 1566200, False, [], "low"),
    "h678e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None,
                                   None, False, False, False, "PRC", S], (True, False, None, False, 2220000), None,
                False, ["CR-LD-MISSING", "CR-TERMINATION"], "high"),
    "h678e05": ("en", "cloud", [99.5, 1, True, "buyer", True, True, True, 500 / 720000 * 100, 150, None, True, None,
                                None, None, False, True, True, "PRC", S], (True, True, None, False, 720000), None, False,
                ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium"),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: 5-year horizon from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None \
            or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def rules_from(t, x, base, foreign_forum):
    """My reading of policy §3 and its section on where rules apply."""
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


def label(key):
    lang, cat, vals, (sla, ld, capped, deemed, value), base, ff, design, drisk = D[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = rules_from(t, x, base, ff)
    assert rules == sorted(design), (key, rules, design)
    assert risk(rules) == drisk, (key, risk(rules), drisk)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---- threshold scan --------------------------------------------------------------------------------------------
CN = "一二三四五六七八九十百千两零"
PATTERNS = [
    r"(?<![\d.])30(\.0+)?\s*(%|％|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.])4\s*-?\s*(hours?|hrs?\b|h\b|小时|个小时)", r"(?<![%s])四个?小时" % CN, r"\bfour[\s-]*(\(4\)\s*)?hours?",
    r"99\.9(?!\d)", r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100(\.0+)?\s*(%|％|per\s*cent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(months?|个月|月)", r"十二个月", r"twelve[\s-]*months?", r"(?<![\d.])1\s*-?\s*years?\b",
    r"\bone[\s-]year\b", r"(?<![%s每])一年" % CN,
    r"(?<![\d.])15(\.0+)?\s*(%|％|per\s*cent)", r"百分之十五",
    r"(?<![\d.])40(\.0+)?\s*(%|％|per\s*cent)", r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.])5\s*-?\s*years?\b", r"\bfive[\s-]years?\b", r"(?<![%s])五年" % CN, r"(?<!\d)5\s*年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4 hours", "4小时", "四小时", "four hours", "4-hour", "99.9%", "99.9 %",
            "0.05%", "万分之五", "100%", "百分之百", "12 months", "12个月", "十二个月", "twelve months", "15%", "百分之十五",
            "40%", "百分之四十", "5 years", "五年", "one year", "一年", "30.0%", "100 per cent"]
MUST_MISS = ["130%", "24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "0.055", "10.05",
             "万分之五十", "1100%", "112 months", "2025年", "115%", "0.15%", "1.5%", "140%", "35%", "45%", "2025 years",
             "十五日", "三十家", "每一年", "0.3%"]


def scan_ok(text):
    variants = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}
    hits = []
    for name, v in variants.items():
        for m in RX.finditer(v):
            hits.append((name, m.group(0), v[max(0, m.start() - 25):m.end() + 25]))
    return hits


# ---- read back -------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def check_label_values(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    share = tco_share(t, x, D[key][4])
    if share is not None:
        assert abs(share - 40) > 2, (key, share)
    return share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s).group(0))
    # sums
    assert 1126000 + 684000 + 148000 + 22000 == 1980000 and 396000 + 891000 + 693000 == 1980000
    assert 408000 + 188000 + 344000 + 132000 + 216000 == 1288000 and 1288000 + 156000 + 118000 + 18000 == 1580000
    assert 316000 + 711000 + 553000 == 1580000 and round(1288000 * 0.07) == 90160 and round(1126000 * 0.09) == 101340
    assert 30 * 9800 * 2 + 86000 + 16000 == 690000
    assert 268000 + 96000 + 184000 + 42000 == 590000 == 4 * 147500
    assert 560000 + 96000 + 24000 == 680000 == 442000 + 238000 and round(560000 * 0.22) == 123200
    assert 1240000 + 386000 + 214000 + 36000 == 1876000 == 375200 + 844200 + 656600 and round(1240000 * .095) == 117800
    assert 2 * 468000 + 74000 == 1010000 and 4 * 117000 == 468000
    assert 480 * 1650 + 24 * 9800 + 6 * 18500 + 428000 == 1566200 and 1566200 + 186000 + 47800 == 1800000
    assert 180000 + 990000 + 630000 == 1800000 and round(1566200 * 0.06) == 93972
    assert 132000 + 36 * 58000 == 2220000
    assert 2 * 336000 + 48000 == 720000 and 4 * 84000 == 336000

    write({k: SOURCES[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for key, (name, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for key, (name, kind) in FILES.items():
        lab = label(key)
        share = check_label_values(key, lab)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = scan_ok(text)
        print("%-60s %-3s %5d %s  tco=%s  %s" % (name, lab["language"], n, "ok" if ok else "OUT OF RANGE",
                                                   None if share is None else round(share, 2), lab["expected_rules"]))
        if not ok:
            problems.append((name, "length", n))
        for h in hits:
            problems.append((name, "threshold", h))
    missing = set(ALL_RULES) - covered
    print("rules covered: %d of %d" % (len(covered), len(ALL_RULES)), "missing:", sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not missing and not problems
    print("all checks passed")
