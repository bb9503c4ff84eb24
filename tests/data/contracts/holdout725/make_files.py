"""holdout725: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from the labels, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:萍乡市海绵城市建设监测评估平台采购合同
P:合同编号：PXHM-ZC-2025-017　政府采购项目编号：PXCG2025-0412
P:甲方（采购人）：萍乡市海绵城市建设办公室
P:乙方（供应商）：江西润泽水务信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就海绵城市建设监测评估平台采购事宜订立本合同。本合同使用甲方合同文本，招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供海绵城市监测评估平台软件（含监测数据汇聚、年径流总量控制率评估、内涝风险分析、项目考核管理等模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求定制开发监测评估模型、片区考核指标模块和公众展示门户，并完成全市已建的雨量站、液位计、流量计和水质监测设备的数据接入对接。
P:1.3 乙方负责安装部署、系统联调、数据初始化和人员培训，培训不少于三期。
P:1.4 平台应与甲方现有的城市排水防涝信息系统、智慧城市时空信息平台和住建部门项目管理系统实现数据共享，接口规范以甲方提供的文件为准。乙方应配合甲方完成年度海绵城市建设自评估报告的数据准备工作。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万贰仟元整（¥1,502,000），为固定总价，包含一切税费。
P:2.2 分项价格：平台软件许可费¥860,000；定制开发费¥412,000；监测设备接入对接费¥156,000；实施及培训费¥74,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 每期付款前乙方应开具合法有效的增值税发票。甲方按财政资金拨付程序付款。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后九十日内完成部署和定制开发，并提交初步验收申请。
P:4.2 乙方应在合同生效后十日内提交项目实施方案，经甲方确认后执行。乙方派驻的项目经理未经甲方同意不得更换。
P:4.3 乙方应按月向甲方提交进度报告，说明已完成工作、存在问题和下月计划；甲方有权随时检查项目进展，并对不符合要求的工作提出整改意见。
P:4.4 培训对象包括甲方业务人员、各区县海绵办联络员和系统管理员，培训内容包括平台操作、评估模型原理、数据质量核查和日常管理，乙方应提供培训教材和操作手册。
P:4.5 履约保证金：乙方应在合同签订前向甲方提交合同总价5%的履约保证金，以银行保函或转账形式提交。质保期满且乙方无违约情形的，甲方在十五个工作日内无息退还；乙方有违约扣款的，从履约保证金中扣除后退还余额。
H:第五条 验收
P:5.1 初步验收标准：功能符合招标文件技术需求和双方确认的需求规格说明书；接入设备数据完整，抽查比对误差不超过2%；评估模型按住建部门考核办法计算结果经甲方复核一致；平台在200个并发用户下查询页面响应时间不超过3秒；通过第三方安全测评。
P:5.2 初步验收合格后系统试运行九十日，试运行期间未发生一级故障的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外）；一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到上述服务水平的，一级故障响应每超时一小时，甲方可扣减履约保证金1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。
P:6.4 质保期满后，如甲方需要继续维护服务，年度维护费不超过平台软件许可费的8%（即¥68,800），且三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.5 质保期内乙方每季度对平台运行状况和接入设备数据质量进行一次巡检，向甲方提交巡检报告，并对发现的问题提出处理建议。
H:第七条 知识产权
P:7.1 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的评估模型、指标模块、门户、接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第八条 数据安全
P:8.1 平台采集、产生和存储的全部监测数据、评估结果及业务数据归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:8.2 乙方应按网络安全等级保护二级以上要求落实访问控制、加密传输、日志审计和数据备份；运维操作须经甲方审批并通过堡垒机进行，不得将数据复制出甲方政务云环境。
P:8.3 发生数据泄露、丢失或篡改的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、城市排水管网资料及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的成果不符合约定且经整改仍不合格的，甲方有权拒收，乙方应返还已收款项并赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付利息。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过六十日的，甲方有权解除合同。
P:12.3 合同解除的，乙方应在十日内向甲方移交已完成的成果、源代码、文档和全部数据，并配合甲方完成交接。
H:第十三条 不可抗力
P:13.1 因地震、洪水等不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，双方协商延期履行或部分免责。不可抗力不免除乙方在事件发生前已经存在的违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同附件包括：技术需求书、分项报价表、接入设备清单、验收方案、服务承诺书。附件与正文不一致的，以正文为准。
P:15.2 双方的通知以书面形式送达合同首页所载地址，任何一方变更联系方式应提前五日书面告知对方。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　　乙方（盖章）：
P:代表人：　　　　　　　　　　　　代表人：
P:日期：　　　　　　　　　　　　　日期：
"""

Z02 = r"""
T:钢丝衣架生产线控制系统改造及维保合同
P:合同编号：HJ-GZ-2025-031
P:甲方：嘉兴恒洁衣架制造有限公司
P:乙方：苏州迅控自动化工程有限公司
P:甲方拟对二号车间钢丝衣架绕线折弯线和静电喷涂线进行控制系统改造，经询比价确定乙方承担本项目。双方根据《中华人民共和国民法典》订立本合同。
H:第一条 项目范围
P:1.1 将六台绕线折弯机的原继电器控制改造为PLC加伺服控制，实现折弯角度、钩型参数的配方化管理和一键换型。
P:1.2 对静电喷涂线烘道温控系统、输送链变频调速系统进行改造，实现粉末喷涂厚度与烘烤温度的联动控制。
P:1.3 在喷涂线出口加装在线视觉检测单元，识别漏喷、挂粉和变形衣架并自动剔除。
P:1.4 部署线控软件，采集设备运行、产量、能耗和报警数据，并与甲方ERP系统对接生产订单和完工数据。
P:1.5 乙方负责拆除旧控制柜和线缆，旧设备由甲方回收处置；改造后电气设计应符合国家电气安全标准，控制柜防护等级不低于IP54。
P:1.6 乙方应组建不少于五人的项目组，其中电气工程师两名、软件工程师一名、视觉算法工程师一名，项目经理须具备三年以上同类改造经验。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰贰拾柒万肆仟元整（¥1,274,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|绕线折弯机PLC及伺服控制柜改造|6台|486,000
TB:2|喷涂线烘道温控及输送链变频改造|1条|318,000
TB:3|在线视觉检测单元|2套|132,000
TB:4|线控软件许可（永久）|1套|224,000
TB:|设备及软件小计||1,160,000
TB:5|安装调试及ERP对接||96,000
TB:6|操作及维修培训||18,000
TB:|合同总价||1,274,000
P:2.2 上述价格包含设备、材料、运输、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并安装完成、经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不视为验收。
P:3.3 项目通过终验后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票，甲方以银行转账方式付款。
H:第四条 工期
P:4.1 乙方应在合同签订后七十五日内完成全部改造和调试。改造须利用甲方安排的停产窗口分线进行，每条线停产时间不超过六日。
P:4.2 乙方应在合同签订后十日内提交详细设计方案，包括电气原理图、控制柜布置图、网络拓扑和软件功能说明，经甲方确认后方可采购和施工。
P:4.3 乙方应提前编制停机切换方案，经甲方生产部门确认后实施，因乙方原因超出停产窗口的，按第十条处理。
H:第五条 验收
P:5.1 终验标准：折弯角度偏差不超过±0.5度，钩型一次成型合格率达到双方确认的工艺标准；换型时间不超过十五分钟；烘道温度波动不超过±3℃；涂层厚度抽检符合甲方工艺文件；视觉检测对样件库中各类缺陷均能识别并剔除；线控软件数据与现场计数核对一致；全线连续带料运行七十二小时无停机故障。
P:5.2 终验前乙方应完成对甲方操作工、设备维修工和工艺员的培训，培训不少于二十四课时，并提交操作规程、维修手册、备件清单和全部技术资料。
P:5.3 甲方在收到乙方验收申请后十日内组织验收，验收合格的双方签署终验报告。设备投入生产使用不视为终验合格。验收不合格的，乙方应在十日内整改并承担重新验收的费用。
H:第六条 质保与售后服务
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费更换损坏部件、修复软件缺陷。
P:6.2 故障响应：一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场并恢复生产；二级故障（单机停机或检测误剔除率明显上升）24小时内到场处理。
P:6.3 乙方到场或恢复每超时一小时，向甲方支付500元违约金，从应付款项中扣除。
P:6.4 质保期满后，乙方提供驻场维保服务，包括一名常驻工程师、备品备件全包和季度预防性维护，年度维保费按设备及软件小计的26%计取，即每年¥301,600，三年内不调整。维保合同按年签订，不自动续期。
P:6.5 乙方应在甲方厂区存放常用易损备件，包括伺服驱动器、编码器、温控模块和检测相机各一套，质保期内由乙方免费补充。
H:第七条 知识产权
P:7.1 线控软件的著作权归乙方，乙方授予甲方永久使用许可。
P:7.2 为本项目编写的PLC程序、配方数据表、ERP接口程序及其源代码、电气图纸，归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 线控软件采集的生产、工艺配方、能耗和订单数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方书面批准并通过甲方指定的VPN通道进行，操作留存日志；乙方不得擅自将工艺配方拷贝出厂。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成损失的，由乙方全额赔偿。
P:8.4 质保期满或合同终止时，乙方应删除其持有的甲方数据副本，并向甲方出具书面确认。
H:第九条 保密
P:9.1 乙方对甲方的工艺参数、配方、客户订单及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期完成改造或逾期通过终验的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 因乙方原因超出停产窗口的，每超出一日，乙方另行赔偿甲方停产损失。
P:10.3 甲方逾期付款的，按未付金额每日万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场布线、控制柜安装等辅助工作分包给具备相应资质的第三方，但应提前三个工作日书面通知甲方，并对分包方的工作质量承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 乙方逾期超过四十五日的，甲方有权解除合同。
P:12.3 合同解除后，乙方应在七日内移交已完成的程序、图纸和技术资料，并协助甲方恢复原有设备的生产能力，所需费用由违约方承担。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方车间应遵守甲方安全生产制度，动火、登高及带电作业须办理作业票。因乙方人员违章造成的人身伤害和财产损失，由乙方负责。
P:13.2 乙方应做好施工现场的防护和清理，废旧线缆、包装材料当日清运，不得影响甲方其他生产线的正常运行和产品质量。
P:13.3 因不可抗力导致工期延误的，受影响一方应及时通知对方并提供证明，工期相应顺延。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，提交嘉兴仲裁委员会仲裁。
H:第十五条 其他
P:15.1 双方往来通知以书面形式送达本合同所载地址或指定电子邮箱，联系人变更应提前三日书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造技术方案、设备清单、验收测试表。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　日期：
"""

Z03 = r"""连锁卡丁车场预约及会员管理系统SaaS服务合同

合同编号：SF-KD-2025-0608

甲方：广东速锋卡丁车运动连锁管理有限公司
乙方：深圳驰客云科技有限公司

甲方在全国经营30家室内卡丁车场，拟采用乙方的场馆预约及会员管理SaaS服务，统一门店预约、计时成绩、会员储值和营销活动管理。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店提供卡丁车场馆管理SaaS服务，包括线上预约与排场、前台收银、会员储值与积分、计时成绩与排行榜、团建活动管理、营销券核销和经营报表模块。
2. 服务包含微信小程序端、门店前台端、总部管理后台各一套，门店账号数量不限。
3. 乙方负责平台的托管、运行维护、版本升级和安全防护，甲方无需自建服务器。
（二）实施服务
1. 将甲方现有会员系统中的会员资料、储值余额、积分和历史成绩完整迁移至新平台。
2. 对接各门店的计时系统、入场闸机和电子围栏设备，实现计时数据自动上传。
3. 按甲方品牌规范定制小程序页面和会员等级规则，对门店店长、前台和总部运营人员进行分批培训。
（三）门店增减
服务期内甲方新开或关闭门店的，按单店年费折算增减服务费，双方以书面确认单为准。新开门店的上线实施由乙方免费完成，上线时间以甲方书面通知为准。
（四）客户支持
1. 乙方提供每日九时至二十三时的在线客服和电话支持，覆盖门店的营业时间；节假日及周末正常提供支持。
2. 乙方为甲方指派专属客户成功经理，每季度与甲方总部运营部门召开一次服务回顾会议，分析门店使用情况并提出改进建议。
3. 平台版本升级涉及门店操作变化的，乙方应提前七日通知甲方并提供操作说明和线上培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）实施期自合同签订之日起六十日，乙方应在实施期内完成全部门店上线。
（三）各门店上线顺序由甲方确定，乙方应按每批不超过八家门店的节奏分批切换，切换须安排在门店非营业时段进行。

三、费用及支付
（一）费用构成
1. 订阅服务费：每家门店每个服务年度9,600元，30家门店每个服务年度合计288,000元，两个服务年度合计576,000元。
2. 实施服务费：138,000元，一次性支付。
3. 本合同总价为714,000元（含税）。
（二）支付方式
1. 本合同不设预付款。
2. 实施服务费在全部门店上线验收合格后十五个工作日内支付。
3. 订阅服务费按季度支付，每季度结束后十个工作日内支付当季服务费72,000元。
4. 乙方应在每次付款前开具增值税专用发票。

四、上线验收
（一）每家门店上线前，乙方应完成数据迁移核对，会员人数、储值余额和积分逐户比对一致，差异须在上线前全部处理完毕。
（二）验收标准：预约、收银、储值、计时成绩同步等功能按《功能清单》逐项测试通过；计时数据从赛道传至小程序排行榜的延迟不超过5秒；在3,000个并发预约请求下下单成功且页面响应不超过2秒；全部门店连续稳定运行十日。
（三）验收合格的，双方签署上线验收报告。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提交验收，整改期间原会员系统由乙方协助保持可用，不得影响门店营业。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护须在每日凌晨二时至六时进行并提前二十四小时通知甲方。
（二）故障分级与响应：一级故障（小程序或收银无法使用、计时数据中断）乙方应在15分钟内响应，2小时内恢复；二级故障（单一模块异常）1小时内响应，当日解决；三级故障（咨询及优化类）在下一个工作日内答复。
（三）服务赔偿：月度可用率每低于约定值0.1个百分点，扣减当月服务费的2%；一级故障恢复每超时一小时，扣减当月服务费的1%。当月扣减总额以当月服务费为限。
（四）乙方应每月向甲方提交服务报告，列明可用率、故障记录和处理情况。
（五）节假日和暑期营业高峰前，乙方应完成容量评估和压力测试，并安排技术人员值守。

六、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、会员等级规则配置、对接计时系统和闸机的接口程序及相关文档，知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。

七、数据安全与数据归属
（一）会员个人信息、交易记录、储值数据、计时成绩及甲方业务数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云数据中心，落实加密存储、访问控制、操作日志和每日备份，并遵守《中华人民共和国个人信息保护法》和《中华人民共和国数据安全法》。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合处置并承担因此造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除，并出具删除证明。
（五）乙方每年至少委托一次第三方渗透测试，并将测试结论和整改情况书面告知甲方。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而终止。乙方应要求其接触甲方信息的员工签署保密承诺，员工违反保密义务的，由乙方承担责任。

九、违约责任
（一）乙方未按期完成门店上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
（三）甲方逾期付款的，每日按逾期金额的万分之二支付违约金。

十、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。经同意的分包不免除乙方在本合同项下的任何责任，乙方应对分包方的行为负责。

十一、合同解除
（一）任何一方严重违约，经守约方书面催告后十五日内未纠正的，守约方有权解除合同。
（二）连续两个月月度可用率低于约定值的，甲方有权解除合同，并要求乙方退还已付未使用期间的服务费。
（三）合同解除或终止的，乙方应在甲方完成数据迁移前继续维持平台运行，最长不超过六十日，该期间服务费按原标准结算。

十二、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期期间的订阅服务费由乙方根据其届时公布的价格标准调整，甲方应按调整后的价格支付。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交深圳国际仲裁院在深圳仲裁。

十四、其他
（一）本合同的附件与正文具有同等效力，附件与正文冲突的，以正文为准。
（二）双方通知以书面形式送达合同所载地址或电子邮箱，送达即生效。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、服务水平说明。

甲方（盖章）：              乙方（盖章）：
签订日期：                  签订日期：
"""

Z04 = r"""农村沼气监测系统年度运维服务合同

项目名称：2025年度农村沼气监测系统运维服务（竞争性磋商）
合同编号：YX-NY-2025-022

甲方：宜兴市农村能源服务站
乙方：无锡清源物联技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就农村沼气监测系统运维服务订立本合同。

第一条 服务对象
（一）本合同运维对象为甲方已建成的农村沼气监测系统，包括：分布于全市十二个镇（街道）的户用沼气池和联户沼气工程监测终端186台（含甲烷浓度传感器、池温传感器、压力变送器和4G数据传输模块），沼气安全报警装置64套，以及部署于甲方机房的沼气监测管理平台一套。
（二）设备清单、点位分布及平台功能以附件一为准。服务期内甲方新增点位的，双方另行协商。

第二条 服务内容
（一）日常巡检：乙方每季度对全部监测终端和报警装置进行一次现场巡检，检查传感器读数、供电、通信和安装状况，清理探头，并填写巡检记录。
（二）故障维修：对监测终端、报警装置、平台软件的故障进行诊断和维修，更换损坏的传感器和通信模块，维修所需配件由乙方提供，费用已包含在服务费中。
（三）传感器校准：每半年对甲烷浓度传感器进行一次现场比对校准，校准结果记入设备台账。
（四）平台维护：负责平台操作系统、数据库和应用软件的日常维护、补丁更新和数据备份，保障数据正常采集、存储和展示。
（五）安全巡查配合：在汛期和冬季用气高峰前，配合甲方开展沼气安全专项检查，对报警数据异常的农户提供现场技术指导。
（六）技术培训：每年对镇级农技人员和沼气管护员开展不少于两次培训，内容包括设备使用、报警处置和安全用气常识。
（七）运维报告：每月5日前提交上月运维月报，每年服务期满前提交年度运维总结报告。
（八）备品备件：乙方应在本市储备不少于二十套甲烷传感器、十套通信模块和五套报警装置作为备件，备件型号应与现有设备兼容，更换新型号须经甲方书面确认。
（九）农户咨询：乙方应协助处理农户关于监测终端和报警装置的咨询及投诉，受理后三个工作日内答复，处理结果记入月报。
（十）设备迁移：因农户改建、沼气池停用等原因需要拆除或迁移终端的，乙方应按甲方通知在十日内完成，并更新设备台账和平台点位信息。

第三条 服务期限
服务期为2025年7月1日至2026年6月30日。服务期满本合同终止，下一年度的运维服务由甲方另行组织采购，本合同不自动续期。乙方应在服务期开始前完成与上一服务单位的资料、账号和备件交接，交接清单经甲方确认。

第四条 服务费用及支付
（一）年度运维服务费为人民币叁拾陆万捌仟元整（¥368,000），含税，为包干价，包括人工、交通、配件、校准、软件维护及培训等全部费用。
（二）服务费按季度支付。每季度结束后，甲方根据当季考核结果，在收到乙方发票后十五个工作日内支付当季服务费92,000元。
（三）本合同不设预付款。

第五条 服务响应
（一）一级故障：平台整体停止运行，或单个镇（街道）全部终端数据中断，乙方应在2小时内响应，6小时内到达现场，24小时内恢复。
（二）二级故障：单台终端或报警装置故障，乙方应在8小时内响应，48小时内修复或更换。
（三）报警装置发出甲烷浓度报警的，乙方接到甲方通知后应立即电话指导农户采取通风、关闭阀门等措施，并安排人员尽快到场协助排查。
（四）乙方应设立24小时服务热线，并指定一名项目负责人和不少于四名运维人员常驻本市。

第六条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检是否覆盖全部点位并有完整记录；故障是否按第五条时限处理；校准是否按计划完成；月报是否按时提交。
（二）季度考核由甲方组织镇级农技人员抽查不少于二十个点位，核对巡检记录与现场情况是否相符，考核结果书面通知乙方。
（三）服务期满，甲方根据四个季度的考核结果和年度运维总结报告组织年度验收，验收合格的出具验收意见。
（四）考核不合格的，乙方应在十日内整改并重新接受检查。
（五）考核结果作为甲方评价乙方履约情况的依据，并记入供应商履约档案。

第七条 数据安全与数据归属
（一）监测系统采集的全部数据，包括点位信息、农户信息、监测数据和报警记录，均归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何用途，不得向第三方提供。
（二）乙方应按照网络安全等级保护要求做好平台安全防护，运维账号实行专人专用，登录平台须经甲方授权并全程留存操作日志；不得私自导出数据或在个人设备中存储农户信息。
（三）乙方应每周对平台数据进行备份，备份介质由甲方保管。
（四）发生数据丢失、篡改或遭受网络攻击的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的整改费用。
（五）服务期满，乙方应交回全部运维账号，删除其持有的数据，并书面确认。

第八条 运维成果
运维过程中形成的巡检记录、设备台账、校准记录、运维报告、维护脚本和技术文档，归甲方所有。乙方应在每季度末将上述资料的电子版和纸质版一并移交甲方归档，服务期满时全部移交完毕。

第九条 人员与安全
（一）乙方运维人员应具备相应的电工或燃气作业资质，入户作业须两人同行，佩戴工作证并遵守农户家庭安全要求。
（二）乙方应为运维人员购买意外伤害保险，运维作业中发生的人身伤害由乙方负责。
（三）乙方更换项目负责人须提前十日书面告知甲方，并经甲方同意，新任人员的资历不得低于原人员。
（四）乙方应建立运维人员名册报甲方备案，人员变动时及时更新。

第十条 违约责任
（一）乙方未按合同约定提供服务的，应及时改正；给甲方造成损失的，乙方应赔偿甲方的实际损失。
（二）甲方未按约定支付服务费的，乙方可催告甲方支付。

第十一条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或因乙方严重违约导致合同目的无法实现的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
（二）合同解除的，乙方应在十日内移交全部资料和账号，配合甲方完成与新服务单位的交接。

第十三条 不可抗力
因自然灾害等不可抗力导致无法按时提供服务的，乙方应及时通知甲方，相应时限顺延，但乙方应尽力减少损失。汛期发生洪涝灾害的，乙方应在灾后及时排查受影响点位，并向甲方报告设备受损情况和恢复计划。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
（一）本合同未尽事宜，双方可另行签订补充协议。磋商文件、响应文件及成交通知书为本合同组成部分，与本合同不一致的，以本合同为准。
（二）双方指定的联系人负责日常联络，重要事项应以书面形式通知，联系人变更的应及时书面告知对方。
（三）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。附件：设备点位清单、磋商文件服务要求、乙方响应文件。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z05 = r"""# 纸艺通生产追溯系统软件许可及开发合同

**（纸艺通标准合同文本 V3.0）**

合同编号：ZYT-2025-0719

甲方（买方）：浙江明灯工艺品有限公司
乙方（卖方）：杭州纸艺通软件科技有限公司

鉴于甲方为孔明灯及纸灯工艺品生产企业，拟在裁纸、扎框、糊纸、印花、包装等工序实施生产追溯管理，乙方为纸艺通生产追溯系统的开发商，双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供纸艺通生产追溯系统标准版软件许可，用户数不超过八十个，部署于甲方服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：裁纸工序排版与用料统计、竹篾扎框工序计件、糊纸与印花工序扫码报工、批次追溯码生成与打印、成品出库追溯查询及与甲方财务软件的数据接口。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。培训为现场集中培训两次，每次不超过两天，对象为甲方车间主任、班组长、仓库管理员和系统管理员；超出部分的培训按乙方人员日费率另行收费。

1.4 系统运行所需的服务器、数据库软件、扫码枪、标签打印机、工位平板及网络设备由甲方自行采购，乙方提供配置建议。因甲方硬件或网络不符合配置要求造成的系统问题，不属于乙方责任范围。

1.5 本合同软件许可为永久许可，仅限甲方在其位于金华的生产基地内部使用，不得转让、出租或用于甲方关联企业。甲方增加用户数或生产基地的，应按乙方报价另行购买许可。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纸艺通生产追溯系统标准版软件许可 | 268,000 |
| 2 | 定制开发 | 196,000 |
| 3 | 实施部署及培训 | 46,000 |
| | 合同总价 | 510,000 |

2.2 合同总价为人民币伍拾壹万元整，含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%。

3.2 系统安装部署完成并上线运行后，甲方支付合同总价的25%。

3.3 系统验收合格后，甲方支付合同总价的10%。

3.4 甲方逾期付款的，乙方有权暂停实施、开发及技术支持服务，工期相应顺延。

## 第四条 交付

4.1 乙方在收到第3.1条款项后开始实施，计划于九十日内完成定制开发并上线。

4.2 因甲方需求变更、基础数据提供不及时或现场条件不具备造成的延误，乙方不承担责任。需求变更导致工作量增加的，由双方另行协商费用。

4.3 甲方应指定项目负责人，负责需求确认、数据收集和内部协调；甲方应在乙方提出需求后五个工作日内提供产品编码、工序定额、员工名单等基础数据，并保证数据准确完整。

4.4 乙方向甲方交付的资料包括：安装介质、用户操作手册、系统管理员手册和培训课件。定制开发部分的源代码不在交付范围之内。

## 第五条 验收

5.1 乙方完成开发并上线后，按双方确认的《功能清单》逐项进行测试，各项功能测试通过、连续运行十日无致命缺陷的，双方签署验收报告。

5.2 甲方应在收到乙方验收通知后七日内组织验收，并对不合格项目书面说明理由。

5.3 验收中发现的缺陷，乙方应在二十日内修复并通知甲方复验。非致命的轻微问题不影响验收结论，由乙方在免费维护期内修复。

## 第六条 技术支持与维护

6.1 自系统上线之日起六个月为免费维护期，乙方在免费维护期内提供远程技术支持和软件缺陷修复。

6.2 乙方技术支持时间为工作日9:00至17:30，甲方可通过电话、邮件或工单系统报告问题，乙方将尽合理努力及时处理。

6.3 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

6.4 甲方要求乙方派员到现场服务的，差旅费用由甲方承担；免费维护期满后的现场服务另按乙方人员日费率收费。

6.5 因甲方擅自修改系统配置、数据库或操作不当造成的故障，乙方可协助处理，但有权收取相应服务费用。

## 第七条 知识产权

7.1 纸艺通生产追溯系统及其相关文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序及其源代码，知识产权归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得自行修改、复制或提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据、订单数据及员工计件数据归甲方所有。

8.2 甲方同意，乙方可对系统运行数据进行脱敏处理后，用于产品改进、行业分析及开发新的产品和服务。

8.3 乙方应采取访问控制、数据加密和日志审计等措施保护甲方数据安全；乙方远程维护须经甲方授权。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应责任。

8.4 合同终止后，乙方可保留为履行维护义务所必需的系统配置信息和日志。

## 第九条 保密

9.1 双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后两年。

9.2 甲方不得向第三方披露乙方软件的报价、功能设计和技术文档。

9.3 本条不适用于已公开的信息、接收方独立开发的信息及依法应当披露的信息。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任，无论基于违约、侵权或其他原因，累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失、商誉损失承担责任。因甲方生产数据录入错误导致的追溯结果偏差，乙方不承担责任。

## 第十一条 合同的解除

11.1 一方严重违反本合同约定，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用乙方软件并删除全部安装副本，但甲方已付清全部合同价款的除外。

## 第十二条 不可抗力

因不可抗力致使一方不能履行合同的，该方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。不可抗力包括地震、台风、洪水、火灾、疫情、政府行为、大范围网络中断以及第三方云服务或电信运营商的服务中断等情形。

## 第十三条 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，双方应协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方对条款的修改应以书面补充协议形式作出。

14.3 甲方同意乙方在其宣传资料和客户名单中使用甲方名称及商标，作为纸艺通系统的成功案例。

14.4 本合同附件包括《功能清单》《定制开发需求说明书》和《软件许可证书》，附件与正文不一致的，以正文为准。双方往来通知以书面形式送达本合同所载地址。

甲方（盖章）：　　　　　　　　乙方（盖章）：

授权代表：　　　　　　　　　　授权代表：

日期：　　　　　　　　　　　　日期：
"""

E01 = r"""
T:Software Licence and Services Agreement - FruitTrace Enterprise
P:Agreement No. PBS-NF-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Guangzhou Nanfeng Fresh Produce Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Baiyun District, Guangzhou (the "Customer"), and Pujada Bay Software Solutions, Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office in Mati City, Davao Oriental (the "Vendor").
P:The Customer imports and distributes tropical fruit and wishes to license the Vendor's FruitTrace Enterprise software for lot traceability, cold-chain monitoring and quality inspection, and to obtain related configuration, integration, migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means FruitTrace Enterprise version 7, in object code, with its standard modules for receiving, lot tracking, cold-room monitoring, quality inspection, packing and dispatch, and the user and administrator documentation.
P:1.2 "Custom Deliverables" means the configurations, workflows, report templates, interface programs and data-migration scripts that the Vendor prepares for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software at the Customer's sites, including supplier, lot, temperature, inspection and shipment records.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users at the Customer's head office, its three distribution centres in Guangzhou, Shenzhen and Dongguan, and any further site the Customer operates in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The Vendor shall deliver the Software and licence keys within ten days after the Effective Date by secure download, and shall install it on the Customer's servers in the Customer's Guangzhou data room.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: (a) configuration of the Software to the Customer's receiving, inspection and dispatch processes; (b) integration with the Customer's ERP system, warehouse management system and the temperature loggers in its cold rooms and reefer trucks; (c) migration of open lots and three years of historical inspection records; and (d) training for key users, administrators and warehouse supervisors.
P:3.2 The Vendor shall submit a project plan within fifteen days after the Effective Date. The Vendor's project manager and lead consultant are named in Annex 2 and shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete installation, configuration, integration and migration and be ready for the acceptance tests within one hundred and twenty days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,674,000, inclusive of all taxes, fees and expenses, made up of: Software licence fee CNY 1,180,000; configuration and integration CNY 364,000; data migration CNY 88,000; and training CNY 42,000. The price is fixed and shall not be adjusted for exchange-rate movements.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price as an advance within twenty days after the Effective Date against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 45% of the Contract Price after the Software has been installed and the system integration test has been completed and signed off; and (c) 35% of the Contract Price within twenty days after Final Acceptance.
P:4.3 The Vendor shall issue valid invoices in CNY. Payments shall be made by bank transfer to the Vendor's account named in Annex 3.
H:Article 5 Acceptance
P:5.1 The Vendor shall run the acceptance tests set out in the acceptance test plan agreed in the project plan, in the presence of the Customer. The system shall pass all test cases for receiving, lot tracking, quality inspection and dispatch; trace any lot from supplier to customer delivery within five seconds; receive temperature readings from all connected loggers with no gap longer than ten minutes over fourteen consecutive days; reconcile migrated open lots and inspection records with the source systems without unexplained differences; and run for thirty consecutive days in production without a Severity 1 fault.
P:5.2 When the system passes all tests, the Customer shall issue a Final Acceptance certificate within ten days. Use of the Software in production, the system integration sign-off or any payment shall not constitute acceptance.
P:5.3 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test. If the system fails the tests twice for reasons attributable to the Vendor, the Customer may terminate this Agreement under Article 12.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the agreed specifications for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects and provide updates, new versions and remote support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 fault (the Software unavailable at a distribution centre, or traceability or cold-chain alarms not working) within one hour, day and night, and shall restore the service or provide a workaround within eight hours. A Severity 2 fault shall be answered within two hours and resolved within two business days.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Customer may deduct CNY 800 from any amount due or claim it from the Vendor.
P:6.4 After the Warranty Period, the Vendor shall offer annual support at 11% of the Software licence fee, that is CNY 129,800 per year, for at least three years. This fee shall not increase during that period. Support shall be ordered by a separate purchase order each year and shall not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, and may engage third parties to maintain them.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, disclose or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with each remote session approved in advance and logged. Customer Data shall remain on the Customer's servers in mainland China and shall not be transferred outside mainland China. The Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twelve hours of becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate to contain it, and shall be liable for all loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, supplier lists, business plans and technical information, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to be ready for the acceptance tests by the date in Article 3.3, or fails to achieve Final Acceptance within forty-five days after that date, for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within fifteen days after receiving notice, or in the case described in Article 5.3. The Vendor shall then refund the amounts paid for undelivered or rejected work.
P:12.2 Either party may terminate this Agreement if the other party becomes insolvent.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:13.2 Any dispute that the parties cannot settle by negotiation within thirty days shall be referred to arbitration in Davao City under the rules of the Philippine Dispute Resolution Center, Inc.
H:Article 14 General
P:14.1 Annex 1 (functional specification), Annex 2 (project team and plan) and Annex 3 (payment details) form part of this Agreement.
P:14.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
P:14.3 This Agreement takes effect on the date of signature by both parties (the "Effective Date") and is signed in two originals in English, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date:                                      Date:
"""

E02 = r"""# FieldPro Cloud - Order Form and General Terms

Order Form No. DCW-OF-2025-118

## PART A - ORDER FORM

### A1. Parties

**Provider:** Digos Cloudworks Corporation, a corporation organised under the laws of the Republic of the Philippines, with its principal office in Digos City, Davao del Sur.

**Customer:** Ningbo Haoyun Home Appliance Service Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Yinzhou District, Ningbo.

### A2. Subscribed Service

FieldPro Cloud, the Provider's field-service management platform, Enterprise edition, for the Customer's installation and repair network: work-order intake from the Customer's hotline and WeChat service account, technician dispatch and route planning, mobile app for up to 600 technicians, spare-parts tracking, customer appointment reminders, and management dashboards. The service is hosted in the Provider's tenancy in a licensed public-cloud data centre in Shanghai.

### A3. Subscription Term

Twenty-four (24) months from the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under Section 3 of Part B. The Provider shall reach Onboarding Acceptance within seventy-five days after the Order Date.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Enterprise edition, 600 technician users | CNY 23,500 per month x 24 months | 564,000 |
| Onboarding: configuration, data import, integration with the Customer's ERP and call-centre system, training | one-time | 46,000 |
| Total fees for the Subscription Term | | 610,000 |

All amounts are in Chinese yuan and include VAT. Additional technician users may be added at CNY 39 per user per month for the remainder of the Subscription Term.

### A5. Invoicing and Payment

No advance payment is due. The onboarding fee is invoiced after Onboarding Acceptance. The platform subscription is invoiced quarterly in arrears, CNY 70,500 per quarter. The Customer shall pay each correct invoice within thirty days of receipt by bank transfer to the Provider's account in CNY.

### A6. Key Contacts and Signature

Provider account manager: Ms. R. Villanueva. Customer project owner: Mr. Zhou Lei, Head of Service Operations. This Order Form, together with the General Terms in Part B, forms the Agreement. If there is a conflict, Part A prevails over Part B.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

Order Date: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including work orders, end-customer names, addresses and telephone numbers, technician locations, photographs and parts records.

1.2 "Service" means the subscribed service described in A2, including the mobile app, APIs and documentation.

1.3 "Usage Data" means technical and statistical information about the use and performance of the Service.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation and the Service Levels in Section 5.

2.2 The Provider may update the Service from time to time, provided that an update does not materially reduce its functionality or security. The Provider shall give at least fourteen days' notice of any update that changes how technicians use the mobile app.

2.3 The Customer is responsible for its users' credentials and for the accuracy of the Customer Data it submits.

### 3. Onboarding and Acceptance

3.1 The Provider shall carry out the onboarding services listed in A4 under a plan agreed with the Customer within ten days after the Order Date.

3.2 Onboarding Acceptance requires that: (a) all functions in the agreed test script pass; (b) work orders flow from the hotline system and the WeChat service account into FieldPro Cloud and completion data flow back to the ERP without loss over ten consecutive business days; (c) imported technician, product and parts master data reconcile with the Customer's source files; and (d) a pilot in two branches runs for ten business days without a Priority 1 incident. The Customer shall confirm Onboarding Acceptance in writing within five business days after the criteria are met. Live use during the pilot is not acceptance.

3.3 If Onboarding Acceptance is not reached by the date in A3 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to a total of CNY 30,500.

### 4. Customer Data

4.1 As between the parties, the Customer owns the Customer Data. The Provider shall process Customer Data to provide the Service.

4.2 The Customer grants the Provider a perpetual, worldwide, royalty-free licence to use Usage Data and Customer Data in aggregated and anonymised form to operate, analyse and improve the Provider's products, to develop new services, and to prepare industry benchmarks, during and after the Subscription Term, provided that the Customer and its end customers are not identified.

### 5. Service Levels

5.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified forty-eight hours in advance and performed between 01:00 and 05:00 China Standard Time.

5.2 Incidents are classified as follows. Priority 1: the Service or the mobile app cannot be used by a whole region, or dispatch is stopped. Priority 2: a major function is impaired with no workaround. Priority 3: all other incidents and requests. The Provider shall respond to a Priority 1 incident within thirty minutes at any time and restore service within three hours; to Priority 2 within two hours and resolve within one business day; and to Priority 3 within one business day.

5.3 If monthly availability falls below the commitment in 5.1, the Provider shall credit the Customer 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to 50% of that month's fee. For each hour by which restoration of a Priority 1 incident exceeds the target, the Provider shall credit CNY 1,000. Credits are deducted from the next invoice.

### 6. Security

6.1 The Provider shall store and process Customer Data only in mainland China, shall hold and maintain an MLPS level-3 filing for the Service and ISO/IEC 27001 certification, and shall apply encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and complete access logging.

6.2 The Provider shall notify the Customer within twelve hours after becoming aware of a security incident affecting Customer Data, shall take all measures needed to contain it, and shall compensate the Customer for losses resulting from the Provider's breach of this Section 6.

6.3 At the end of the Subscription Term, the Provider shall return all Customer Data in CSV and JSON formats within thirty days and then delete it from its systems and backups, and confirm the deletion in writing.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information disclosed under the Agreement, use it only for the purposes of the Agreement, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties. These obligations continue for three years after the end of the Agreement.

### 8. Intellectual Property

8.1 The Provider retains all rights in the Service, its software and documentation.

8.2 The workflows, forms, dashboards, integration mappings and scripts configured specifically for the Customer during onboarding belong to the Customer, who may use, copy, modify and license them freely, including with another provider after the Subscription Term.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or for loss of profit.

9.2 Each party's total liability arising out of or in connection with the Agreement in any calendar year is limited to the fees paid or payable by the Customer for the six months preceding the event giving rise to the claim.

9.3 The limits in 9.1 and 9.2 do not apply to the Customer's payment obligations, to death or personal injury caused by negligence, or to fraud.

### 10. Subcontracting

The Provider shall not subcontract the Service or any part of it, other than to the hosting data-centre operator named in A2, without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subcontractors.

### 11. Term, Renewal and Termination

11.1 The Agreement runs for the Subscription Term. It does not renew automatically. Any renewal shall be agreed in a new Order Form signed by both parties.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. The Customer may also terminate if monthly availability falls below the commitment in 5.1 in any three months of a rolling six-month period.

11.3 On termination by the Customer under 11.2, the Provider shall refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 13. General

13.1 Notices shall be in writing and sent to the addresses in A1 and the contacts in A6, by courier or by e-mail with confirmation.

13.2 Neither party may assign the Agreement without the other party's written consent.

13.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it gives prompt notice and uses reasonable efforts to resume performance. A force-majeure event lasting more than sixty days allows either party to terminate.
"""

E03 = r"""
T:Supply Contract for Plantation Sensors and Monitoring Software
P:Contract No. YTE-PUR-2025-0093
P:Buyer: Yunnan Mengjing Tea Estates Co., Ltd., Simao District, Pu'er, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Kidapawan AgriSense Technologies Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office in Kidapawan City, Cotabato (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the supply of equipment and software. The Supplier was selected through the Buyer's competitive tender No. YTE-T-2025-17.
H:1. Definitions and Scope
P:1.1 "Equipment" means the soil sensors, weather stations and gateways listed in clause 3.1, with their firmware, mounting kits, solar power units and accessories.
P:1.2 "Software" means the Supplier's AgriSense Monitor platform, version 5, licensed under clause 8.2, with its mobile app and documentation.
P:1.3 "Project Deliverables" means the dashboards, alert rules, irrigation and frost-warning models, integration programs and reports prepared for the Buyer under this Contract, with their source code and documentation.
P:1.4 The Supplier shall supply, install and commission the Equipment on the Buyer's four tea estates in Jingmai, Menghai, Lancang and Simao, install the Software on the Buyer's servers in Pu'er, connect the Equipment to it, integrate it with the Buyer's farm management system and weather data subscription, and train the Buyer's staff.
H:2. Delivery and Installation
P:2.1 The Supplier shall deliver the Equipment DDP to the four estates within sixty days after the Contract date, and shall complete installation and commissioning within one hundred days after the Contract date.
P:2.2 The Supplier shall agree sensor positions with the Buyer's agronomists, install soil sensors at three depths per point, and ensure that each gateway covers its assigned plots with a stable signal.
P:2.3 The Supplier shall train twelve of the Buyer's agronomists and estate technicians in the use of the Software and the mobile app, basic sensor maintenance and alert handling, and shall provide user and maintenance manuals in Chinese.
P:2.4 The Supplier shall be responsible for export and import formalities, packing suitable for mountain roads and humid conditions, and the removal of packaging from the estates.
P:2.5 Installation is complete when the Buyer signs an installation certificate confirming the quantities and the physical installation. The installation certificate is not acceptance.
H:3. Price and Payment
P:3.1 The Contract Price is CNY 2,102,000, fixed and inclusive of all taxes, duties, transport, insurance, installation and expenses, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC sensor with mounting kit|420|1,650|693,000
TB:2|Automatic weather station with solar power unit|36|14,800|532,800
TB:3|LoRa gateway with 4G backhaul|48|6,200|297,600
TB:4|AgriSense Monitor perpetual licence, 40 users|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,909,400
TB:5|Installation, commissioning and integration|1|168,000|168,000
TB:6|Training|1|24,600|24,600
TB:|Contract Price|||2,102,000
P:3.2 The Buyer shall pay: (a) 10% of the Contract Price as an advance within fifteen days after the Contract date, against the Supplier's invoice and a bank guarantee for the same amount; (b) 55% of the Contract Price within thirty days after the installation certificate; and (c) 35% of the Contract Price within thirty days after Final Acceptance.
P:3.3 All payments are made in CNY by bank transfer against valid invoices.
H:4. Acceptance
P:4.1 After installation the Supplier shall run a sixty-day trial operation. Final Acceptance requires that: (a) every installed device reports to the Software; (b) soil moisture readings at ten sample points per estate agree with the Buyer's laboratory gravimetric measurements within the tolerance in the technical specification; (c) weather station readings agree with the reference station at Pu'er within the specified tolerances; (d) frost and drought alerts are generated and delivered to the app within two minutes in the agreed test scenarios; (e) data flow to the farm management system without loss; and (f) no Severity 1 fault occurs in the last thirty days of the trial.
P:4.2 The Buyer shall issue a Final Acceptance certificate within ten days after all criteria are met. Use of the Equipment or the Software before that, or payment, is not acceptance.
P:4.3 If the criteria are not met, the Supplier shall correct the defects at its cost within twenty days and the trial period shall be extended accordingly.
H:5. Warranty and Support
P:5.1 The Supplier warrants the Equipment, the Software and the Project Deliverables for twenty-four months after Final Acceptance. During the warranty the Supplier shall repair or replace faulty Equipment, including transport to and from the estates, and correct Software defects free of charge.
P:5.2 The Supplier shall keep a stock of spare sensors and gateway parts in Pu'er equal to at least five per cent of the installed quantities.
P:5.3 After the warranty, the Supplier shall provide annual support, covering repair, firmware and software updates and remote support, at 7.5% of the Hardware and Licence Subtotal per year (CNY 143,205), fixed for the three years after the warranty. Each year of support is ordered separately and does not renew automatically.
H:6. Service Levels
P:6.1 The following response and resolution times apply during the warranty and any support year:
TB:Severity|Description|Response|On site or resolved
TB:Severity 1|Software unavailable, or an estate's gateways all offline|30 minutes|24 hours
TB:Severity 2|Individual gateway or weather station failed|2 hours|3 days
TB:Severity 3|Single sensor failed, or a question|1 business day|7 days
P:6.2 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 600, deducted from the next payment or the performance security.
H:7. Data Protection and Security
P:7.1 All data collected by the Equipment or stored in the Software, including sensor readings, farm maps, yields and staff records, belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, including in anonymised or aggregated form.
P:7.2 The Equipment shall send data only to the Buyer's servers in Pu'er. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN with two-factor authentication, and is logged. The Supplier shall not copy the Buyer's data outside the Buyer's systems or outside mainland China.
P:7.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, shall notify the Buyer of any data security incident within twelve hours, and shall bear all losses caused by its breach of this clause.
H:8. Intellectual Property
P:8.1 The Project Deliverables belong to the Buyer from creation. The Supplier shall deliver their source code before Final Acceptance. The Buyer may use, modify and license them freely.
P:8.2 The Software remains the property of the Supplier, who grants the Buyer a perpetual, non-exclusive licence to use it for the Buyer's estates.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including estate locations, yields, prices and business plans, shall not disclose it without the Buyer's prior written consent, and shall ensure that its staff do the same. This obligation continues for five years after the end of the Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance by the dates in this Contract, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. Civil works for gateway masts may be subcontracted to a local contractor approved in writing by the Buyer. The Supplier is responsible for its subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Equipment or services not accepted and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final and binding.
H:14. General
P:14.1 The technical specification, the tender documents and the Supplier's bid form part of this Contract. In case of conflict, this Contract prevails.
P:14.2 The Supplier shall provide a performance security of 5% of the Contract Price, returned after the warranty period.
P:14.3 Neither party is liable for delay caused by force majeure, such as earthquakes, landslides or typhoons, provided it notifies the other party promptly and takes reasonable steps to limit the delay.
P:14.4 This Contract is signed in two originals in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = r"""# Managed IT Services Agreement

Agreement No. PBM-QD-2025-027

**Between:** Qingdao Haixin Marine Foods Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Huangdao District, Qingdao (the "Customer"),

**and:** Pagadian Bay Managed IT Services, Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office in Pagadian City, Zamboanga del Sur, acting in China through its wholly owned subsidiary in Qingdao (the "Provider").

**Background.** The Customer operates seafood processing plants in Qingdao and Rongcheng and a cold-storage logistics centre in Jiaozhou. It wishes to outsource the day-to-day management of its network, servers, end-user devices and IT service desk to the Provider for thirty-six months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the amounts in Schedule 3.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services.

1.5 "Service Commencement Date" means the date on which the Provider takes over operational responsibility for all Services after the transition period.

## 2. Term

2.1 This Agreement starts on the date of signature and continues until thirty-six months after the Service Commencement Date.

2.2 The Agreement expires at the end of its term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 During a transition period of up to sixty days after signature, the Provider shall take over documentation, passwords and open tickets from the Customer's current IT team, install its monitoring agents and remote management tools, and set up the service desk.

3.2 The Provider shall reach the Service Commencement Date within sixty days after signature. For each day of delay attributable to the Provider, the Provider shall pay the Customer CNY 1,200.

3.3 The transition and the Services shall be deemed accepted by the Customer on the Service Commencement Date.

## 4. Service Delivery

4.1 The Provider shall perform the Services in accordance with this Agreement, Good Industry Practice and the Customer's IT policies notified to the Provider in writing.

4.2 The Provider shall staff an on-site engineer at the Qingdao plant on business days and provide remote service-desk support in Chinese and English from its service centre.

4.3 The Provider shall submit a monthly service report, including Service Level performance, ticket statistics, capacity trends and recommended improvements, and shall attend a monthly review meeting with the Customer's IT manager.

4.4 The Provider shall assign a named service delivery manager and shall not replace the on-site engineer without two weeks' notice and a handover. Engineers working on the Customer's systems shall be screened, trained in the Customer's food-safety and plant-safety rules, and bound by written confidentiality undertakings.

4.5 The Customer shall give the Provider's personnel reasonable access to its sites and systems and shall appoint a contact for approvals.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3.

5.2 The transition fee is invoiced on the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. The Customer shall pay correct invoices within thirty days of receipt.

5.3 The Charges are fixed for the term. Changes in the number of devices within the band stated in Schedule 3 do not change the Charges.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2 and measure them monthly.

6.2 If the Provider fails a Service Level, it shall credit the Customer the amount in Schedule 2 against the next invoice. Service credits are the Customer's sole and exclusive remedy for failures to meet the Service Levels.

## 7. Data Protection and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 Customer Data shall remain on the Customer's systems in mainland China. Remote access from outside mainland China is not permitted. The Provider's engineers shall access the Customer's systems only through the Customer's privileged-access gateway with individual accounts and multi-factor authentication, and all sessions are recorded.

7.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, shall report any security incident affecting Customer Data within two hours, shall cooperate in its investigation, and shall be liable for all loss resulting from its failure to comply with this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including network diagrams, credentials, prices and business information, and shall not disclose it to any third party without prior written consent.

8.2 This obligation survives for five years after the end of the Agreement.

## 9. Intellectual Property

9.1 The Provider retains its tools, monitoring software and know-how.

9.2 Runbooks, configuration baselines, scripts, network documentation and reports prepared for the Customer under this Agreement belong to the Customer, who may use, modify and share them freely, including with a successor provider.

## 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the term. The limit does not apply to personal injury, wilful misconduct or breach of clauses 7 and 8.

## 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 12. Early Termination

12.1 This Agreement may be terminated before the end of its term only:

(a) by the Provider, by written notice, if the Customer fails to pay undisputed Charges within sixty days after a written reminder; or

(b) by either party, by written notice, if the other party becomes insolvent, enters liquidation or ceases to carry on business.

12.2 On expiry or termination, the Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, return all Customer Data and documentation, and remove its tools from the Customer's systems.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.

## 14. General

14.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

14.2 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt.

14.3 Amendments must be in writing and signed by both parties. Schedules 1 to 3 form part of this Agreement.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

Date: ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and WeChat for about 420 users; logging, triage and resolution of incidents and requests | 07:00-22:00, seven days |
| Network management | Monitoring and management of 3 core switches, 46 access switches, 5 firewalls, 120 wireless access points and SD-WAN links between the sites | 24 x 7 monitoring |
| Server management | Operation of 26 virtual and physical servers, patching, backups and restore tests, capacity management | 24 x 7 monitoring |
| End-user devices | Imaging, deployment and support of about 380 laptops and desktops, 60 rugged tablets in the plants and label printers | Business days on site |
| Security operations | Antivirus and patch compliance, firewall rule changes on approval, monthly vulnerability scans | Business days |
| Change management | Planning and execution of approved changes, with rollback plans | As scheduled |

## Schedule 2 - Service Levels

| Measure | Target | Service credit for each failure |
|---|---|---|
| Priority 1 incident response (site network, production line systems or cold-store monitoring down) | 15 minutes, 24 x 7 | 2% of the monthly service charge |
| Priority 1 incident restoration | 3 hours | 3% of the monthly service charge |
| Priority 2 incident response | 1 hour | 1% of the monthly service charge |
| Network availability at each site, per month | 99.95% | 5% of the monthly service charge |
| Successful backups and monthly restore test | All scheduled jobs | 1% of the monthly service charge |

Total credits in any month are limited to 20% of the monthly service charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 72,000 |
| Monthly service charge | CNY 41,800 x 36 months | 1,504,800 |
| Total Charges for the term | | 1,576,800 |
| Additional work and exit assistance | per engineer day | 2,600 |

The monthly service charge covers up to 450 users and 500 managed end-user devices. All amounts include VAT.
"""

E05 = r"""MARINE WEATHER DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TOD-XM-2025-061

PARTIES

1.1 Tandag Ocean Data Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office in Tandag City, Surigao del Sur ("Provider").

1.2 Xiamen Lianhai Coastal Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Huli District, Xiamen ("Customer").

1.3 The Customer operates a fleet of coastal bulk carriers and container feeders between ports in Fujian, Guangdong, Zhejiang and Hainan. It wishes to subscribe to the Provider's marine weather, sea-state and route-forecast data through the Provider's application programming interface, for use in its voyage planning, fleet operations centre and fuel-management system.

DEFINITIONS

2.1 "API" means the Provider's MarineCast REST interface, with its endpoints, authentication keys, rate limits and technical documentation.

2.2 "Data Products" means the forecast and observation data delivered through the API: wind, wave height and period, swell, currents, visibility, tropical-cyclone tracks and warnings, and route forecasts, for the service area in Schedule A.

2.3 "Customer Inputs" means the vessel particulars, positions, planned routes and queries that the Customer sends to the API.

2.4 "Subscription Year" means each consecutive period of 365 days, the first starting on the Production Access Date. The Subscription Term consists of two Subscription Years.

2.5 "Production Access Date" means the date on which the Provider issues production API keys after Integration Acceptance under clause 5.

SUBSCRIPTION AND LICENCE

3.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data Products for its own shipping operations, including display to its masters, officers and shore staff, and storage in its voyage records.

3.2 The Customer may make the Data Products available to its charterers and agents for voyages performed by the Customer's vessels, but shall not resell them or publish them as a data feed.

3.3 The subscription includes up to 1.5 million API calls per Subscription Year, the full service area in Schedule A, hourly forecast updates, and the route-forecast endpoint for up to forty vessels.

3.4 The Provider shall give the Customer at least sixty days' written notice before withdrawing any data product or endpoint, and shall offer an equivalent replacement at no extra charge.

ONBOARDING

4.1 The Provider shall provide onboarding services: a sandbox environment, a technical workshop, adaptation of two custom endpoints that return forecasts along the Customer's standard routes in the Customer's JSON format, and support for integration with the Customer's voyage-planning and fuel-management systems.

4.2 The Provider shall make the sandbox available within five days after the Effective Date and complete the custom endpoints within forty-five days after the Effective Date.

INTEGRATION ACCEPTANCE

5.1 Integration Acceptance requires that: (a) all endpoints in Schedule A return valid data for the test routes and ports; (b) the two custom endpoints return results in the agreed format; (c) median API response time over a seven-day test is below 800 milliseconds for standard calls; (d) cyclone warnings from the test feed reach the Customer's fleet operations system within ten minutes; and (e) the Customer's voyage-planning system runs the seven-day test without data gaps caused by the Provider.

5.2 The Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Use of sandbox data is not acceptance.

5.3 If the Production Access Date does not occur within sixty days after the Effective Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay, and the Subscription Term shall be extended accordingly.

FEES AND PAYMENT

6.1 The fees are:

  Onboarding fee (one-time) ............................ CNY 58,000
  Subscription fee, Subscription Year 1 ................ CNY 296,000
  Subscription fee, Subscription Year 2 ................ CNY 296,000
  Total fees for the Subscription Term ................. CNY 650,000

6.2 The onboarding fee and the subscription fee for Subscription Year 1 are invoiced on the Effective Date and are payable within fifteen days after the invoice date. The Provider will issue the sandbox credentials and start onboarding only after receipt of this payment.

6.3 The subscription fee for Subscription Year 2 is invoiced thirty days before the start of Subscription Year 2 and is payable before that Subscription Year starts.

6.4 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. All fees are in CNY and include VAT.

6.5 Fees are non-refundable except as stated in clauses 8 and 13.

SERVICE LEVELS

7.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced seventy-two hours in advance and not exceeding two hours per month.

7.2 Priority 1 incidents (the API unavailable, or cyclone warnings not delivered) shall be responded to within thirty minutes at any time and restored within two hours. Priority 2 incidents (a data product delayed beyond its update cycle, or degraded response times) shall be responded to within two hours and resolved within one business day.

7.3 Forecast data shall be updated at least hourly and tropical-cyclone warnings shall be published through the API within ten minutes after issue by the source agency.

SERVICE CREDITS

8.1 If monthly availability is below the level in clause 7.1, the Provider shall credit 5% of the monthly equivalent of the current Subscription Year's fee for each 0.1 percentage point of shortfall, up to half of that amount.

8.2 For each hour by which the restoration of a Priority 1 incident exceeds two hours, the Provider shall credit CNY 800.

8.3 Credits are applied against the next invoice or, at the end of the Subscription Term, refunded.

CUSTOMER INPUTS

9.1 Customer Inputs belong to the Customer. The Provider may use Customer Inputs only to provide the API and the Data Products to the Customer, and shall not sell them, disclose them or use them for any other purpose, including the improvement of its models or any aggregated or anonymised statistics.

9.2 At the end of the Subscription Term, the Provider shall return or delete Customer Inputs at the Customer's choice.

INTELLECTUAL PROPERTY

10.1 The Provider retains all rights in the API, its forecasting models and the Data Products, subject to the rights granted in clauses 3.1 and 3.2. Data Products stored in the Customer's voyage records may be kept and used by the Customer after the Subscription Term for its records, claims and audits.

10.2 The two custom endpoints' specifications, the route definitions and the integration adapters written for the Customer belong to the Customer, who may use, modify and license them freely.

CONFIDENTIALITY

11.1 Each party shall keep confidential the other party's non-public information, including prices, fleet schedules, technical documentation and business plans, and shall not disclose it to any third party without the other party's prior written consent, except to its advisers bound by similar obligations.

11.2 This clause survives for three years after the end of this Agreement.

LIABILITY

12.1 The Data Products are forecasts. The Customer remains responsible for navigational decisions and for the safety of its vessels.

12.2 Neither party is liable for indirect loss or loss of profit.

12.3 The Provider's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for wilful misconduct and breach of clause 11.

TERM AND TERMINATION

13.1 This Agreement starts on the Effective Date and ends at the end of Subscription Year 2. It does not renew automatically. Any renewal requires a new agreement at fees agreed by both parties.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining part of the Subscription Term.

13.3 The Customer may also terminate this Agreement if availability falls below the level in clause 7.1 in three consecutive months.

SUBCONTRACTING

14.1 The Provider shall not subcontract the provision of the API or the onboarding services without the Customer's prior written consent. Licensed data sources named in Schedule A are not subcontractors.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules. The award is final and binding.

GENERAL

16.1 Neither party is liable for delay or failure caused by force majeure, including typhoons and failures of public networks, provided it notifies the other party promptly.

16.2 Schedule A (service area, endpoints and data sources) forms part of this Agreement. Amendments shall be in writing and signed by both parties.

16.3 This Agreement takes effect on the date of signature by both parties (the "Effective Date").

Signed for the Provider: ____________________
Signed for the Customer: ____________________
Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h725z01_sponge_city_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h725z02_hanger_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h725z03_karting_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h725z04_rural_biogas_monitoring_om_service.txt", "txt", Z04),
    "z05": ("h725z05_sky_lantern_tracking_supplier_template.md", "md", Z05),
    "e01": ("h725e01_fruit_traceability_licence_mati_vendor.pdf", "pdf", E01),
    "e02": ("h725e02_field_service_saas_order_form_digos_vendor.md", "md", E02),
    "e03": ("h725e03_tea_estate_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h725e04_managed_it_services_36_months.md", "md", E04),
    "e05": ("h725e05_marine_weather_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# terms in KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
# tco = (fee base, annual fee, warranty months) for goods_or_licence with a stated fee; forum_out: forum outside mainland
DESIGN = {
    "z01": dict(lang="zh", cat="software",
                terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                       False, "PRC", G],
                extra=(True, True, True, False, 1502000), tco=(860000, 68800, 24), forum_out=False, rules=[]),
    "z02": dict(lang="zh", cat="hardware",
                terms=[None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26, False, True,
                       True, "PRC", G],
                extra=(True, True, True, False, 1274000), tco=(1160000, 301600, 18), forum_out=False,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud",
                terms=[99.5, 0.25, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True,
                       False, "PRC", S],
                extra=(True, True, None, False, 714000), tco=None, forum_out=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(lang="zh", cat="services",
                terms=[None, 2, False, "buyer", True, True, False, None, None, None, True, None, None, None, False,
                       True, False, "PRC", S],
                extra=(True, False, None, False, 368000), tco=None, forum_out=False,
                rules=["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "z05": dict(lang="zh", cat="software",
                terms=[None, None, False, "supplier", True, False, True, 0.02, 20, 65, True, True, 6, None, False,
                       True, None, "PRC", G],
                extra=(False, True, False, False, 510000), tco=None, forum_out=False,
                rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software",
                terms=[None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 11, False, True, False,
                       "Philippines", G],
                extra=(True, True, True, False, 1674000), tco=(1180000, 129800, 18), forum_out=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud",
                terms=[99.95, 0.5, True, "buyer", True, False, True, 500 / 610000 * 100, 6 / 24 * 100, None, True,
                       None, None, None, False, True, False, "PRC", S],
                extra=(True, True, None, False, 610000), tco=None, forum_out=False,
                rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "e03": dict(lang="en", cat="hardware",
                terms=[None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 7.5, False, True,
                       False, "PRC", G],
                extra=(True, True, True, False, 2102000), tco=(1909400, 143205, 24), forum_out=False, rules=[]),
    "e04": dict(lang="en", cat="services",
                terms=[99.95, 0.25, True, "buyer", True, True, True, 1200 / 1576800 * 100, 150, None, False, None,
                       None, None, False, False, False, "PRC", S],
                extra=(True, True, None, True, 1576800), tco=None, forum_out=False,
                rules=["CR-ACCEPTANCE", "CR-TERMINATION"]),
    "e05": dict(lang="en", cat="cloud",
                terms=[99.95, 0.5, True, "buyer", False, True, True, 400 / 650000 * 100, 150,
                       (58000 + 296000) / 650000 * 100, True, None, None, None, False, True, False, "PRC", S],
                extra=(True, True, None, False, 650000), tco=None, forum_out=False,
                rules=["CR-DATA-SECURITY", "CR-PREPAYMENT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_TH = 40


def tco_share(d):
    if not d["tco"]:
        return None
    base, fee, wm = d["tco"]
    years = max(0.0, 5 - wm / 12)
    post = fee * years
    return post / (d["extra"][4] + post) * 100


def derive(d):
    t = dict(zip(KEYS, d["terms"]))
    sla, ld_stated, capped, deemed, value = d["extra"]
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(d)
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, _, _ = TARGETS[key]
    d = DESIGN[key]
    sla, ld_stated, capped, deemed, value = d["extra"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if d["terms"][-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": d["lang"], "category": d["cat"],
            "expected_terms": dict(zip(KEYS, d["terms"])), "expected_extra": extra,
            "expected_rules": derive(d)}


# --- threshold scan -------------------------------------------------------------------------------------------
ZHN = "零一二三四五六七八九十百千两点"
PATTERNS = [
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent|个百分点)",
    r"\b(?:thirty|forty|fifteen|one\s+hundred)\s*(?:\(\d+\)\s*)?(?:per\s*cent|percent)",
    r"(?<![" + ZHN + r"])百分之(?:三十|四十|十五|百|一百)(?![" + ZHN + r"])",
    r"(?<![" + ZHN + r"])[三四]成(?![" + ZHN + r"])",
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0?\.050*\s*(?:%|％|per\s*cent|percent)",
    r"(?<![" + ZHN + r"])万分之五(?![" + ZHN + r"])|千分之零点五",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?\b|hrs?\b|h\b|小时|个小时)",
    r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?(?:hours?|hrs?)\b",
    r"(?<![" + ZHN + r"])四个?小时",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?\b|个月|月)",
    r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?\b",
    r"(?<![" + ZHN + r"])十二个?月",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "40 per cent", "15%", "100%", "百分之三十", "百分之四十", "99.9%", "99.9 %", "0.05%",
            "万分之五", "4小时", "4 hours", "4-hour", "four hours", "四小时", "12个月", "12 months", "twelve months",
            "十二个月", "fifteen per cent", "one hundred percent"]
MUST_MISS = ["24小时", "0.5小时", "99.95%", "35%", "130%", "0.15%", "1.5%", "24 hours", "14 hours", "112 months",
             "百分之三十五", "万分之五十", "二十四小时", "99.5%", "20%", "4G", "24 x 7", "二十四个月", "18 months",
             "0.08%", "万分之八"]


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in TARGETS.items()}, {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")},
          OUT, wrap_words=True)

    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))

    covered, problems = set(), []
    for key, (name, kind, src) in TARGETS.items():
        d = DESIGN[key]
        lab = label(key)
        rules = lab["expected_rules"]
        if rules != sorted(d["rules"]):
            problems.append((key, "derived", rules, "design", sorted(d["rules"])))
        covered |= set(rules)
        t = lab["expected_terms"]
        for k, th in TH.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append((key, "threshold value", k))
        sh = tco_share(d)
        if sh is not None and abs(sh - TCO_TH) <= 2:
            problems.append((key, "tco share near threshold", sh))
        text = readback(OUT / name)
        n = len(re.sub(r"\s", "", text)) if d["lang"] == "zh" else len(text.split())
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            if m:
                problems.append((key, "threshold text", variant[max(0, m.start() - 30):m.end() + 10]))
                break
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-55s len=%5d tco=%s risk=%s %s" % (key, name, n, None if sh is None else round(sh, 1), risk(rules),
                                                    ", ".join(r[3:] for r in rules) or "(none)"))
    if set(ALL_RULES) - covered:
        problems.append(("coverage missing", sorted(set(ALL_RULES) - covered)))
    # the mix
    counts = {k: len(label(k)["expected_rules"]) for k in TARGETS}
    if not (counts["z01"] == 0 and counts["e03"] == 0 and sum(1 for c in counts.values() if c == 0) == 2):
        problems.append(("compliant mix", counts))
    if label("e01")["expected_rules"] != ["CR-GOVERNING-LAW"]:
        problems.append(("e01", label("e01")["expected_rules"]))
    if not 8 <= counts["z05"] <= 10:
        problems.append(("z05 count", counts["z05"]))
    six = [k for k in TARGETS if k not in ("z01", "e03", "e01", "z05")]
    if not all(2 <= counts[k] <= 3 for k in six):
        problems.append(("six drafts", {k: counts[k] for k in six}))
    # sums
    assert 860000 + 412000 + 156000 + 74000 == 1502000
    assert 486000 + 318000 + 132000 + 224000 == 1160000 and 1160000 + 96000 + 18000 == 1274000
    assert round(1160000 * 0.26) == 301600 and round(860000 * 0.08) == 68800
    assert 288000 * 2 + 138000 == 714000 and 30 * 9600 == 288000 and 288000 / 4 == 72000
    assert 92000 * 4 == 368000
    assert 268000 + 196000 + 46000 == 510000
    assert 1180000 + 364000 + 88000 + 42000 == 1674000 and round(1180000 * 0.11) == 129800
    assert 23500 * 24 == 564000 and 564000 + 46000 == 610000 and 23500 * 3 == 70500
    assert 420 * 1650 + 36 * 14800 + 48 * 6200 + 386000 == 1909400 and 1909400 + 168000 + 24600 == 2102000
    assert round(1909400 * 0.075) == 143205
    assert 41800 * 36 == 1504800 and 1504800 + 72000 == 1576800
    assert 58000 + 2 * 296000 == 650000
    assert not problems, "\n".join(map(str, problems))
    print("all checks passed")


if __name__ == "__main__":
    main()
