"""holdout584: builds the ten drafts and their labels, checks lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江州市审计局大数据审计平台建设项目合同
P:项目编号：JZCG-2026-SJ017（政府采购公开招标）　合同编号：SJJ-HT-2026-009
P:甲方（采购人）：江州市审计局　地址：江州市新城区政务中心北楼
P:乙方（供应商）：江州数审信息技术有限公司　地址：江州市高新区软件园三期
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江州市审计局大数据审计平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供大数据审计平台软件（含数据采集、数据治理、审计分析建模、疑点管理、可视化分析五个模块）的永久使用许可，许可范围为甲方及所属审计机构，不限用户数。
P:1.2 乙方按甲方需求完成定制开发：财政预算执行审计模型、社保基金审计模型、公共投资项目审计模型、疑点线索核查流程，以及与甲方现有审计管理系统、数据分析室和财政预算管理一体化系统的数据接口。
P:1.3 乙方负责部署实施、历史数据迁移、数据治理、联调测试和培训，直至平台通过最终验收。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰伍拾万元整（¥2,500,000.00），为固定总价，已含税费、差旅及全部实施费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（五个模块）|1,280,000
TB:2|定制开发（三类审计模型、疑点核查流程、三项数据接口）|960,000
TB:3|部署实施、数据迁移与数据治理|236,000
TB:4|培训（系统管理员及审计业务人员）|24,000
TB:合计|（软件许可小计1,280,000）|2,500,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥500,000。
P:3.2 平台完成部署和定制开发并通过初步验收后，甲方支付合同总价的45%，即¥1,125,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥875,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付流程付款。
H:第四条 实施进度
P:4.1 乙方应在合同生效后九十日内完成部署及初步验收，并在初步验收后完成为期三个月的试运行。
P:4.2 乙方应提交项目实施方案、需求规格说明书、数据接口文档和测试报告，经甲方书面确认后执行。需求变更须经双方书面确认。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件及需求规格说明书所列功能全部实现；（2）三类审计模型在甲方提供的样本数据上运行结果与人工核对一致；（3）三项数据接口连续十个工作日抽取完整，无数据丢失；（4）平台在二百名用户并发时，常用查询响应时间不超过3秒；（5）通过甲方委托的第三方安全测评。
P:5.2 最终验收标准：试运行期间无一级故障，初步验收遗留问题全部整改完毕，源代码、技术文档和培训记录全部移交甲方。
P:5.3 甲方组织验收小组依据上述标准进行验收，并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.5%（计划内维护时间除外，计划维护应提前三个工作日通知甲方并安排在非工作时间）。
P:6.2 故障分级与响应：一级故障（平台整体不可用或审计数据错误）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分模块不可用）2小时内响应，24小时内解决；三级故障（一般问题）8小时内响应，三个工作日内解决。
P:6.3 月可用率每低于约定值0.1个百分点，乙方向甲方支付服务扣款人民币2,000元；一级故障响应或到场每迟延一小时，扣款人民币1,000元。扣款从下一笔应付款中扣除，或由乙方另行支付。
H:第七条 质保与运维
P:7.1 质保期为平台通过最终验收之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级、远程支持和每季度一次现场巡检。
P:7.2 质保期满后，如甲方需要，乙方按年度提供运维服务，年度运维费不超过平台软件许可费的8%，即每年不超过¥102,400，质保期满后三个服务年度内不得上调。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的审计模型、核查流程、数据接口及其源代码、文档的知识产权归甲方所有，甲方可自行修改、使用并委托第三方维护，无需另行付费。
P:8.3 乙方保证其交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 甲方提供及平台产生的全部审计数据、被审计单位数据及分析结果均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 平台部署在甲方审计专网内。乙方人员须经甲方审批，通过堡垒机访问，操作全程留痕；乙方不得将数据带离甲方场所，合同终止时须删除其掌握的全部数据并书面确认。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的审计工作秘密、国家秘密和甲方工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其行为负责。
H:第十一条 分包
P:11.1 乙方不得转包或分包本合同项下任何工作。
H:第十二条 违约责任
P:12.1 乙方未按第四条约定期限完成初步验收或最终验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:12.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金，但因财政资金拨付原因造成的除外。
P:12.3 乙方交付成果不符合约定的，应在甲方规定期限内免费修改；造成甲方损失的，承担赔偿责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 乙方逾期完成初步验收超过六十日的，甲方有权解除本合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件是本合同的组成部分。
P:15.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。
P:甲方（盖章）：江州市审计局　代表：________　日期：2026年　月　日
P:乙方（盖章）：江州数审信息技术有限公司　代表：________　日期：2026年　月　日
"""

Z02 = """T:焊装线控制系统改造及维保合同
P:合同编号：HZ-SB-2026-031
P:甲方（买方）：芜江恒达汽车零部件有限公司　地址：芜江市经济开发区长江路18号
P:乙方（卖方）：安澜工业自动化工程有限公司　地址：合肥市高新区创新大道
P:甲方二号焊装车间前后副车架焊装线控制系统老化，故障停线频繁。经比选，甲方选定乙方承担该线控制系统改造（硬件、软件、程序及调试）及质保期满后的维保服务。双方协商一致，订立本合同。
H:一、改造范围
P:（一）拆除原有继电器柜及老旧PLC，更换为安全型PLC控制系统，新增分布式IO站、工业以太网交换机和触摸屏操作站。
P:（二）新增焊接控制器通讯模块，实现十二台焊接机器人与线体PLC的数据交互；新增视觉检测相机两套，用于关键焊点位置检测。
P:（三）提供线体监控软件及生产数据采集软件许可，与甲方MES系统对接，实时上传节拍、焊接参数和报警信息。
P:（四）编制全部PLC程序、机器人联锁逻辑和人机界面，完成单机调试、联动调试和带件试生产。
P:（五）利用甲方春节停产期完成拆装和切换，保证节后按期恢复生产。
H:二、合同价款
P:（一）合同总价为人民币叁佰壹拾万元整（¥3,100,000），含设备、软件、运输、保险、安装、调试、培训及税费。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|安全型PLC控制器及分布式IO站|1套|860,000
TB:2|工业以太网交换机及网络附件|1批|214,000
TB:3|触摸屏操作站|6台|186,000
TB:4|焊接控制器通讯模块|12套|432,000
TB:5|视觉检测相机系统|2套|298,000
TB:6|线体监控及数据采集软件许可|1套|390,000
TB:|软硬件小计|—|2,380,000
TB:7|程序编制与联动调试|1项|420,000
TB:8|拆除、安装与电气施工|1项|260,000
TB:9|培训|1项|40,000
TB:|合计|—|3,100,000
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并经甲方开箱清点后，甲方支付合同总价的35%。到货签收不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%。
P:（四）剩余5%作为质量保证金，质保期满且无未解决质量问题后十个工作日内无息支付。
H:四、工期与验收
P:（一）乙方应于2027年1月20日前完成设备到货，于甲方停产期内完成拆装，2027年2月25日前完成带件试生产。
P:（二）验收标准：线体节拍不高于设计节拍62秒/件；连续七十二小时带件生产无控制系统原因停线；安全回路全部功能测试通过；视觉检测漏检率为零；MES数据上传完整准确。
P:（三）试生产合格后进入为期两个月的稳定运行期，期满无一级故障的，甲方组织最终验收并签署验收报告。调试完成或投入生产均不视为验收合格。
H:五、质保与维保
P:（一）质保期为最终验收合格之日起二十四个月。质保期内，乙方免费更换损坏的硬件，免费修复软件缺陷，并每季度到厂巡检一次。
P:（二）质保期满后，乙方提供年度维保服务（备件更换、程序维护、巡检），年度维保费为软硬件小计的9%，即每年人民币214,200元，质保期满后连续三个维保年度不作调整。
P:（三）故障响应：一级故障（造成停线）乙方应在30分钟内远程响应，2小时内派工程师到达现场，8小时内恢复生产；二级故障（不停线但影响质量或效率）2小时内响应，24小时内处理完毕；三级故障在下一次巡检时处理。
P:（四）乙方未按上述时限响应或到场的，甲方可书面督促乙方整改，乙方应提交书面说明并落实改进措施。
H:六、知识产权
P:（一）乙方为本项目编制的PLC程序、机器人联锁程序、人机界面及其源程序、注释和图纸，知识产权归甲方所有，甲方可自行修改或委托第三方修改。
P:（二）监控软件及数据采集软件的著作权归原权利人，乙方保证甲方获得永久使用许可。
H:七、数据与保密
P:（一）线体运行数据、焊接参数、工艺文件及产品信息均属甲方所有，乙方仅为履行本合同使用，不得复制或向第三方提供。
P:（二）乙方远程维护须经甲方设备部批准，通过甲方指定的远程接入通道进行，每次操作留存日志；乙方不得在现场设备上安装未经批准的软件或移动存储。
P:（三）发生数据泄露、被篡改或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部损失。
P:（四）双方对在合作中知悉的对方技术秘密和商业信息负有保密义务，保密期限至合同终止后三年。
H:八、分包
P:（一）乙方可将拆除、电气安装和线缆敷设施工分包给具备相应资质的单位，但应在进场前书面通知甲方。乙方对分包单位的工作质量和安全负责。
H:九、违约责任
P:（一）乙方逾期完成带件试生产的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因造成节后不能按期恢复生产的，乙方还应赔偿甲方由此产生的停产损失。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但人身伤亡及乙方故意或重大过失造成的损失除外。
P:（四）甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:九之一、培训与资料
P:（一）乙方应为甲方电气维修人员、设备工程师和班组长分别组织培训，内容包括PLC程序结构、安全回路原理、故障诊断、焊接控制器参数设置、视觉检测标定和备件更换，培训总时长不少于六十学时，并对参训人员进行考核。
P:（二）乙方应在最终验收前向甲方移交电气原理图、接线图、IO分配表、网络拓扑图、PLC及触摸屏源程序、软件安装介质和许可证书、设备说明书、调试记录和备件清单，纸质版两套，电子版一套。
P:（三）乙方应推荐质保期后两年的备件清单及参考价格，关键备件应保证停产后至少八年内可供。
H:九之二、安全与现场管理
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产、消防和劳动纪律规定，动火、登高和带电作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担全部责任。
P:（二）乙方应在停产期施工前提交施工组织方案和切换回退方案，经甲方批准后实施；切换失败时应按回退方案恢复原系统运行。
H:十、合同解除
P:（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十之一、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
P:（二）乙方的设备供货延误、人员不足或分包单位原因不属于不可抗力。
H:十一、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，协商不成的，提交芜江仲裁委员会仲裁。
H:十二、其他
P:（一）本合同附件（技术协议、设备清单、调试大纲）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：芜江恒达汽车零部件有限公司　授权代表：________
P:乙方（盖章）：安澜工业自动化工程有限公司　授权代表：________
"""

Z03 = """洁澜洗涤生产调度云平台服务合同

合同编号：JL-IT-2026-006
客户（甲方）：苏锡洁澜洗涤服务有限公司（下属苏州、无锡、常州、南通、嘉兴、湖州六家洗涤工厂）
服务商（乙方）：云织智能科技（杭州）有限公司

鉴于甲方经营酒店布草及医院织物洗涤业务，拟统一六家工厂的收脏、分拣、洗涤、烘干、熨烫、配送调度；乙方拥有“织云”洗涤生产调度SaaS平台。双方经协商，就甲方订阅该平台及实施服务订立本合同。

1. 服务内容
1.1 乙方向甲方六家工厂提供“织云”平台订阅服务，包括订单与客户管理、布草RFID追踪、生产排程、设备看板、配送路线规划和统计报表功能，账号数量不限。
1.2 乙方提供一次性实施服务：平台配置、历史客户和布草数据迁移、与甲方RFID读写设备及财务系统的接口开发、各工厂上线辅导和培训。
1.3 平台由乙方在中国境内的云资源上运营，乙方负责平台的运行、维护和升级。

2. 服务期限
2.1 订阅服务期为三个服务年度，自2026年7月1日起至2029年6月30日止。第一个服务年度自首家工厂上线验收之日与2026年7月1日孰晚者起算。
2.2 服务期满前三十日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，可多次续订。续订时乙方有权按其届时公布的价目表调整订阅费，甲方按调整后的价格支付。

3. 价格与付款
3.1 费用明细：
  （1）订阅费：每家工厂每服务年度人民币38,000元，六家工厂合计每服务年度228,000元，三个服务年度合计684,000元；
  （2）实施费（一次性）：人民币126,000元；
  合同总价：人民币810,000元（含税）。
3.2 实施费在六家工厂全部通过上线验收后十五个工作日内一次性支付。
3.3 订阅费按季度结算，每季度结束后十五个工作日内，甲方根据乙方提供的服务报告和发票支付该季度订阅费（57,000元）。
3.4 甲方不预付任何款项。

4. 实施与上线验收
4.1 乙方应于合同签订后六十日内完成六家工厂的配置、数据迁移和接口开发。
4.2 上线验收标准：各工厂连续十个工作日在平台完成全部收发货和排产；RFID扫描数据与平台记录逐条核对一致，差异当日查明；财务接口日对账无差异；关键操作页面响应时间不超过2秒。
4.3 甲方按工厂逐一验收并签署上线验收单。试用或开始使用不视为验收合格。

5. 服务水平
5.1 平台月可用率不低于99.95%，每月计划维护不超过两次，且安排在凌晨1点至5点之间。
5.2 故障分级：一级故障（任一工厂无法下单、排产或出库）30分钟内响应，3小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级故障（咨询及一般问题）当日响应。
5.3 月可用率未达标的，按未达标每0.1个百分点返还当月订阅费的2%；一级故障恢复每超时一小时，返还当月订阅费的1%；当月返还合计不超过当月订阅费的50%。

6. 数据
6.1 甲方在平台中录入或产生的客户资料、订单、布草流转及配送数据（“甲方数据”）归甲方所有。
6.2 甲方同意，乙方可将甲方数据经脱敏、汇总后用于洗涤行业分析报告、产品改进和算法训练，该使用在服务期满后仍可继续。
6.3 乙方应采取访问控制、传输和存储加密、操作日志审计等措施保护甲方数据，平台通过网络安全等级保护三级测评。发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成损失的，乙方承担赔偿责任。
6.4 服务终止后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在导出完成后删除平台中的甲方数据。

7. 知识产权
7.1 平台及其标准功能的知识产权归乙方所有。
7.2 乙方为甲方开发的接口程序、定制报表及相应文档归甲方所有，甲方可自行修改或交由第三方使用。

8. 保密
8.1 双方对因本合同知悉的对方商业秘密和经营信息（包括客户名单、价格和产能信息）承担保密义务，保密期至合同终止后三年。
8.2 乙方员工和实施顾问应签署保密承诺，乙方对其违反保密义务的行为承担责任。

8A. 双方责任
8A.1 甲方应指定项目负责人和各工厂联络人，按时提供客户资料、布草品类、设备清单和历史数据，并组织员工参加培训。
8A.2 乙方应指派实施项目经理和不少于三名实施顾问，按工厂制定上线计划，每周提交实施周报；每家工厂上线首周应安排顾问驻厂支持。
8A.3 乙方应为甲方提供不少于八场集中培训和每家工厂两场现场培训，提供操作手册和视频教程，并在服务期内免费提供新员工在线培训。
8A.4 乙方对平台进行版本升级的，应提前七日通知甲方，升级不得减少甲方已订阅的功能；重大变更应在测试环境中先行验证。
8A.5 乙方每月向甲方提供服务报告，内容包括可用率、故障清单及处理时长、返还金额和改进措施，每季度召开一次服务回顾会议。
8A.6 甲方新增工厂的，按每家工厂每服务年度38,000元订阅，实施费另行商定，服务期与本合同一致。

9. 分包
9.1 乙方不得将实施服务分包；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为负责。

10. 违约责任
10.1 乙方未按第4.1条期限完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
10.3 一方违约给对方造成损失的，应予赔偿。

11. 合同解除
11.1 任何一方严重违约，经对方书面催告后二十日内未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。
11.2 平台连续两个月未达到第5.1条可用率的，甲方有权解除本合同且不承担违约责任。

11.3 合同解除或服务期满的，乙方应按第6.4条导出并移交甲方数据，并在甲方完成数据迁移前继续提供不超过六十日的过渡服务，过渡期费用按实际天数折算。
11.4 因乙方原因解除合同的，乙方应退还甲方已支付但尚未使用的订阅费，并返还实施费中与未上线工厂对应的部分。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

12.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以争议为由中断平台服务或限制甲方导出数据。

12A. 通知
12A.1 双方的通知应以书面形式发送至本合同所列地址或双方指定的电子邮箱，以电子邮件发送的，进入对方系统之日视为送达。

13. 其他
13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：各工厂清单、接口说明、服务报告模板。

甲方（盖章）：苏锡洁澜洗涤服务有限公司　　代表签字：________　　日期：
乙方（盖章）：云织智能科技（杭州）有限公司　　代表签字：________　　日期：
"""

Z04 = """泉城市教育局智慧校园平台运维服务合同

采购项目编号：QCJY-CS-2026-012（竞争性磋商）
甲方（采购人）：泉城市教育局
乙方（成交供应商）：齐鲁云校信息服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就泉城市智慧校园平台（含统一身份认证、教务管理、家校互通、资源平台、校园安全监控接入及数据中心）的运维服务订立本合同。

（1）服务内容
① 驻场运维：乙方派驻两名运维工程师在甲方数据中心驻场，工作日8:30至17:30在岗，负责平台日常巡检、监控、账号管理和问题处理。
② 应用运维：对平台各子系统进行缺陷修复、配置调整和版本更新，每季度提交一次优化建议。
③ 安全运维：每月漏洞扫描一次，每半年渗透测试一次，发现高危漏洞在三个工作日内完成修复。
④ 数据备份与恢复：每日增量备份、每周全量备份，每季度组织一次恢复演练。
⑤ 重点时段保障：开学、期末考试、中考和招生报名期间安排专人值守。

（2）服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同终止，不自动续期；后续服务由甲方依法另行采购。

（3）合同价款
本合同总价为人民币陆拾玖万元整（¥690,000），为固定总价，包含人员、工具、差旅、税费等全部费用。分项如下：
  驻场运维服务　　　　　　　　336,000元
  应用运维及版本更新　　　　　158,000元
  安全运维（漏洞扫描、渗透测试）96,000元
  数据备份与恢复演练　　　　　 48,000元
  重点时段保障　　　　　　　　 52,000元
  合计　　　　　　　　　　　　690,000元

（4）付款方式
① 本合同不设预付款。
② 服务费按季度支付。每季度结束后，甲方依据第（6）项季度考核结果，在收到乙方发票后十五个工作日内支付该季度服务费172,500元，并扣除当季服务扣款。

（5）服务水平
① 平台月可用率不低于99.95%（经甲方同意的计划维护时间除外）。
② 一级故障（平台整体或统一身份认证不可用、数据丢失）：15分钟内响应，2小时内恢复；二级故障（单个子系统不可用）：30分钟内响应，8小时内恢复；三级故障（个别功能异常）：2小时内响应，两个工作日内解决。
③ 平台月可用率每低于约定值0.01个百分点，扣减当季服务费1,000元；一级故障响应每迟延30分钟扣款800元，恢复每超时一小时扣款2,000元。扣款在当季服务费中直接扣除。

（6）考核与验收
① 季度考核：甲方按磋商文件所附考核表，对可用率、故障处理时限、巡检记录、备份和演练记录、用户满意度进行考核，考核得分低于80分的，乙方应在十日内提交整改方案。
② 年度验收：服务期满前一个月，甲方组织验收，验收标准为：各季度考核均合格；全部运维文档、配置清单、账号和备份介质完整移交；服务期内无因乙方原因导致的重大安全事件。验收合格后甲方出具书面验收意见。

（7）数据安全
① 平台中的学生、教职工个人信息和教育教学数据均归甲方所有，乙方仅为履行运维职责接触和使用，不得复制、留存、分析或向任何第三方提供。
② 乙方人员须通过甲方堡垒机操作，账号专人专用，操作全程审计；不得私自导出数据或接入外部存储设备。
③ 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及教育系统网络安全规定。发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

（8）保密
（7之一）人员与工作要求
① 驻场工程师应具有三年以上同类平台运维经验，其中一人须持有网络安全相关认证；乙方应指定一名项目经理，负责服务协调和月度汇报。
② 乙方每日完成平台巡检并记录，每周提交运维周报，每月提交运维月报，内容包括可用率、故障及处理情况、安全事件、备份和变更记录。
③ 平台的任何配置变更和版本更新，乙方应提交变更申请和回退方案，经甲方信息中心批准后在非教学时段实施；紧急变更可先行处置并在24小时内补办手续。
④ 乙方应建立覆盖全市各中小学的服务热线和工单系统，对学校提出的问题统一登记、跟踪和回访，回访满意率纳入季度考核。
⑤ 服务期满或合同解除时，乙方应在十五日内完成交接，向甲方或甲方指定的后续服务商移交全部账号、文档、脚本、备份介质和未完结工单，并配合后续服务商完成不少于十个工作日的过渡。

双方对因本合同知悉的对方工作秘密、技术资料和个人信息负有保密义务，乙方驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

（9）知识产权
乙方在服务中为甲方编写的运维手册、巡检脚本、配置文档和报表归甲方所有，甲方可自由使用、修改和提供给后续服务商。

（10）人员与分包
① 乙方驻场人员须具备相应资格，更换人员须提前十日征得甲方同意。
② 乙方不得将本合同服务转包或分包。

（11）违约责任
① 乙方未在2026年3月1日完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
② 乙方服务不符合约定的，应立即整改；造成甲方损失的，应予赔偿。
③ 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

（12）合同解除
乙方严重违约、连续两个季度考核不合格或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

（12之一）不可抗力
因自然灾害、疫情、政府行为等不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，可部分或全部免除责任；不可抗力期间乙方仍应尽力保障平台核心功能和数据安全。不可抗力持续超过六十日的，双方可协商解除合同，服务费按实际服务天数结算。

（12之二）廉洁要求
乙方不得向甲方工作人员提供任何形式的礼品、回扣或其他不正当利益；违反的，甲方有权解除合同并将乙方行为报告有关部门。

（13）争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，协商不成的，依法向甲方所在地人民法院提起诉讼。

（13之一）通知
双方的通知以书面形式送达合同所列地址或指定邮箱。甲方的工作指令可由甲方信息中心负责人通过工单系统下达，乙方应在当日确认并执行；涉及费用或服务范围变化的，须经双方书面确认。

乙方应在每学期开学前完成平台容量评估和压力测试，并向甲方提交书面报告。

（14）其他
竞争性磋商文件、响应文件、成交通知书及考核表为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：泉城市教育局　　　　　代表：________
乙方（盖章）：齐鲁云校信息服务有限公司　　代表：________
签订日期：2026年2月　日
"""

Z05 = """# 焙控®烘烤管理软件销售及定制开发合同（标准文本 V2.3）

> 本文本为包头焙控软件科技有限公司标准合同文本，空白处由双方填写。

**合同编号：** BK-2026-0418

**甲方（买方）：** 锡林郭勒草原牧歌食品有限公司（牛肉干生产厂）

**乙方（卖方）：** 包头焙控软件科技有限公司

甲方拟对牛肉干生产线的腌制、烘烤、冷却和包装工序实行信息化管理。乙方是焙控®烘烤管理软件的著作权人。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供焙控®烘烤管理软件标准版（含配方管理、烘房曲线控制、批次管理、能耗统计模块）及烘房温湿度采集对接模块的永久使用许可，安装于甲方厂区服务器，许可烘房数量为十六间。

1.2 乙方按甲方需求进行定制开发：牛肉干配方与腌制工艺卡、批次追溯报表（原料牛肉批次至成品箱码）、烘烤水分活度记录表，以及与甲方现有称重系统的接口。

1.3 乙方负责软件安装、基础数据初始化和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 焙控®烘烤管理软件标准版永久许可 | 1套 | 360,000 |
| 2 | 烘房温湿度采集对接模块许可 | 16间 | 120,000 |
| | 软件许可小计 | | 480,000 |
| 3 | 定制开发（工艺卡、追溯报表、称重接口） | 1项 | 96,000 |
| 4 | 安装部署及培训 | 1项 | 24,000 |
| | 合同总价 | | 600,000 |

合同总价为人民币陆拾万元整（含税）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币390,000元，乙方收款后安排开发和发货。

3.2 软件安装完成后五个工作日内，甲方支付合同总价的35%，即人民币210,000元。

3.3 乙方在收到每笔款项后开具增值税专用发票。

## 第四条 交付与安装

4.1 乙方在收到首付款后四十五个工作日内完成定制开发，并到甲方现场安装。交付时间以乙方实际开发进度为准，乙方将及时告知甲方。

4.2 甲方应提供符合要求的服务器、网络环境和配合人员。因甲方原因导致安装延误的，交付时间相应顺延。

4.3 乙方负责将软件安装到甲方服务器，并完成烘房温湿度采集终端的通讯调试。烘房温湿度传感器、控制柜及网络设备由甲方自行采购，不在本合同范围内。

4.4 乙方为甲方操作人员、工艺员和质检员提供两天的现场培训，并提供电子版操作手册。

## 第五条 验收

5.1 软件在甲方服务器安装完成、乙方演示主要功能后，即视为甲方验收合格。

5.2 甲方在安装完成后提出的功能调整，按新需求另行报价。

## 第六条 技术支持与维护

6.1 自软件安装完成之日起六个月内为免费维护期，乙方提供远程电话和网络支持，修复软件缺陷。

6.2 乙方将尽商业上合理的努力及时处理甲方反映的问题，具体处理时间视问题复杂程度而定。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应每年向乙方支付年度维护费，年度维护费为软件许可费的25%，即每年人民币120,000元，按年预付。甲方未续交维护费的，乙方不再提供升级和远程支持。

6.4 甲方应按乙方要求配置运行环境，不得自行修改软件程序、数据库结构或安装其他可能影响软件运行的程序。因甲方原因造成的故障，乙方可提供有偿服务，按每人每日人民币2,000元另行收费，差旅费用由甲方承担。

6.5 软件升级版本在维护期内免费提供；新增功能模块不属于升级，需另行购买。

## 第七条 知识产权

7.1 焙控®软件及其升级版本的著作权归乙方所有。

7.2 乙方为甲方定制开发的工艺卡、追溯报表、接口程序及相关源代码和文档，知识产权均归乙方所有，甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第八条 数据与保密

8.1 甲方在软件中录入和产生的配方、工艺参数、生产及质量数据归甲方所有，乙方仅为提供本合同服务而接触和使用。

8.2 乙方远程支持须经甲方同意后接入，对接触到的甲方数据采取合理的安全措施，不得复制或外传；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任。

8.3 双方对在合作中获知的对方配方、工艺、价格和技术信息负有保密义务，保密期至合同终止后三年。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。乙方交付延迟的，双方协商确定新的交付时间，乙方应尽快完成交付。

9.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停开发和技术支持。

9.3 乙方在本合同项下的累计赔偿责任以软件许可费总额（人民币480,000元）为限，且不承担任何间接损失、利润损失或停产损失。

## 第十条 合同解除

10.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

10.2 因甲方原因解除合同的，已支付款项不予退还。

## 第十条之一 不可抗力

10A.1 因地震、洪水、疫情、政府行为、网络大面积中断等不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方，并在合理期限内提供证明。

10A.2 不可抗力持续超过六十日的，双方可协商解除合同，已履行部分按实际结算。

## 第十条之二 通知

10B.1 双方的通知以书面形式送达本合同首页所列地址或双方指定的电子邮箱，以电子邮件发送的，发出之日视为送达。任何一方变更联系地址的，应在变更后三日内通知对方。

## 第十一条 争议解决

11.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十一条之一 其他约定

11A.1 乙方可在其宣传资料和客户名单中使用甲方名称及本项目名称作为成功案例。

11A.2 甲方应自行做好软件数据的日常备份，因甲方未备份造成的数据损失由甲方自行承担。

11A.3 本合同项下的价格为优惠价格，甲方应对合同价格保密。

11A.4 本合同签订后，甲方要求变更需求的，乙方有权调整交付时间并另行收费。

## 第十二条 其他

12.1 本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

| 甲方（盖章） | 乙方（盖章） |
|---|---|
| 锡林郭勒草原牧歌食品有限公司 | 包头焙控软件科技有限公司 |
| 代表：________ | 代表：________ |
| 日期：　年　月　日 | 日期：　年　月　日 |
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ASL-QD-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Adinkra Software Limited, a company incorporated in the Republic of Ghana with its registered office at 14 Liberation Road, Airport Residential Area, Accra, Ghana (the "Licensor"); and
P:(2) Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Qianwangang Road, Huangdao District, Qingdao, Shandong Province (the "Customer").
P:Recitals: (A) The Licensor develops and licenses the ColdStack warehouse management system ("ColdStack"). (B) The Customer operates five refrigerated warehouses in Qingdao, Yantai and Weihai and wishes to replace its existing warehouse software. (C) The Customer selected the Licensor after a competitive evaluation, and the parties wish to set out the terms on which the Licensor grants perpetual licences and performs implementation services.
H:Article 1 Definitions
P:1.1 "Licensed Software" means ColdStack Core, the ColdStack RF Mobile client and the ColdStack Temperature Ledger module, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Interfaces" means the interfaces to the Customer's ERP, transport management system and cold-room temperature controllers developed by the Licensor under Article 3.
P:1.3 "Go-Live" means the first day on which all five warehouses process receipts, put-away, picking and dispatch in the Licensed Software in production.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its five warehouses and head office for its own business, for up to 120 concurrent RF handheld users and unlimited office users.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Customer may transfer the licence to an affiliate that takes over its warehouse operations, with written notice to the Licensor.
P:2.3 The Licensor retains all intellectual property rights in the Licensed Software.
H:Article 3 Services
P:3.1 The Licensor shall perform the implementation services described in Schedule 1: solution design, configuration, migration of item, location and customer master data, development of the Custom Interfaces, user acceptance testing support, training of key users and Go-Live support at each warehouse.
P:3.2 The Licensor shall appoint a project manager who speaks Mandarin and shall keep at least two consultants on site in Qingdao from solution design until Go-Live. Consultants may be replaced only with the Customer's approval.
P:3.3 The Licensor shall achieve Go-Live within 120 days after the effective date of this Agreement.
H:Article 4 Prices and Payment
P:4.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The total price is CNY 1,480,000, inclusive of taxes and travel, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|ColdStack Core perpetual licence, five sites|680,000
TB:2|ColdStack RF Mobile, 120 concurrent users at CNY 2,000|240,000
TB:|Licence Fees subtotal|920,000
TB:3|Implementation services (Schedule 1)|380,000
TB:4|Custom Interfaces development|150,000
TB:5|Training|30,000
TB:|Total price|1,480,000
P:4.2 The Customer shall pay: (a) 10% of the total price within 20 days after signature; (b) 55% within 20 days after Go-Live; and (c) 35% within 20 days after Final Acceptance.
P:4.3 Each payment is made by bank transfer against a valid invoice. The Licensor bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Before Go-Live the parties shall run the user acceptance tests in Schedule 2, including end-to-end scenarios for receipt, put-away, replenishment, picking by expiry date, cross-docking and dispatch, and reconciliation of stock with the ERP.
P:5.2 After Go-Live the system shall run for 45 days. Final Acceptance is granted when: (a) all Schedule 2 tests have passed; (b) stock accuracy at each warehouse reaches at least 99.8% by cycle count; (c) the Custom Interfaces have run for 30 consecutive days without data loss; (d) temperature records are complete for every cold room; and (e) no Severity 1 defect remains open.
P:5.3 The Customer shall sign the Final Acceptance Certificate within 10 working days after the criteria are met, or state in writing which criteria are not met. Go-Live, production use or payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Licensed Software and the Custom Interfaces will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects and supply updates free of charge.
P:6.2 Severity 1 (a warehouse cannot receive or dispatch goods): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 2 working days. Severity 3: response within 1 working day.
P:6.3 For each hour by which a Severity 1 response or workaround is late, the Licensor shall credit the Customer CNY 800 against the next invoice or pay it on demand.
P:6.4 After the Warranty Period the Customer may order annual support (telephone and remote support, updates, defect correction on the same terms as Article 6.2) at an Annual Support Fee of 11% of the Licence Fees subtotal, that is CNY 101,200 per year. The fee is fixed for the first three support years. Support renews only when the Customer places a purchase order.
H:Article 7 Intellectual Property in Deliverables
P:7.1 The Custom Interfaces, their source code, the configuration workbooks and all project documentation prepared for the Customer belong to the Customer upon payment. The Customer may use, modify and have them maintained by third parties without restriction.
P:7.2 The Licensor shall deliver the source code of the Custom Interfaces at Final Acceptance.
P:7.3 The Licensor shall defend the Customer against any claim that the Licensed Software infringes a third party's rights and bear the resulting costs and damages.
H:Article 8 Customer Data
P:8.1 All warehouse, stock, customer and temperature data entered into or generated by the Licensed Software ("Customer Data") belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems.
P:8.2 The Licensed Software is installed on the Customer's servers in Qingdao. Remote access by the Licensor requires the Customer's approval for each session, is made through the Customer's VPN with multi-factor authentication and is logged. The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Licensor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in containing it, and compensate the Customer for all losses caused by the Licensor's breach of this Article.
H:Article 9 Delay
P:9.1 If Go-Live is not achieved by the date in Article 3.3 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of CNY 1,100 for each day of delay, up to a total of 8% of the total price.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3 or breach of Article 8.
P:10.2 Neither party is liable for indirect loss or loss of profit, except as stated in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the obligations of both parties have been performed. The licences granted in Article 2 are perpetual.
P:12.2 The Licensor may terminate the services under this Agreement by written notice if the Customer fails to pay an undisputed amount within 60 days after a written reminder. The licences for which the Customer has paid survive termination.
P:12.3 The Customer's remedies for any failure by the Licensor are the correction of defects, the credits in Article 6.3, the liquidated damages in Article 9 and damages within Article 10. The Customer shall not terminate this Agreement or withhold the licences on account of the Licensor's breach.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Dates are extended by the period of the force majeure.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (Scope of Implementation Services) and Schedule 2 (Acceptance Tests), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two English originals, one for each party. Notices are given in writing to the addresses above.
P:For Adinkra Software Limited: ____________________ Name: Kwame Asante-Boateng, Managing Director. Date:
P:For Qingdao Haiyun Cold Chain Logistics Co., Ltd.: ____________________ Name: Sun Lihua, General Manager. Date:
"""

E02 = """# ORDER FORM — ShipDocs Cloud

**Order Form No.** LC-OF-2026-0217

**Provider:** Lagune Cloud SARL, Immeuble Alpha 2000, Avenue Chardy, Plateau, Abidjan, Côte d'Ivoire ("Lagune")

**Customer:** Yiwu Xinmao Import & Export Co., Ltd., 1200 Chouzhou North Road, Yiwu, Zhejiang Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Lagune General Terms set out below. Customer ships general merchandise from Ningbo and Shanghai to buyers in West Africa and wishes to prepare export documents and track shipments in one service. If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Subscribed Service

| Item | Description | Quantity | Fee (CNY) |
|---|---|---|---|
| 1 | ShipDocs Cloud, named user subscription | 60 users × CNY 2,600 per Subscription Year | 156,000 per Subscription Year |
| 2 | Document Automation module (invoices, packing lists, certificates of origin) | 1 | 48,000 per Subscription Year |
| | Subscription Fees per Subscription Year | | 204,000 |
| | Subscription Fees for the Subscription Term (2 Subscription Years) | | 408,000 |
| 3 | Onboarding (one-time): configuration, document templates, data import, training | 1 | 36,000 |
| | **Total Order Value** | | **444,000** |

At Customer's request all fees are quoted and invoiced in Chinese Yuan (CNY) and include taxes.

## 2. Subscription Term

2.1 The Subscription Term starts on the Service Start Date, which is the date of Onboarding Acceptance, and runs for two Subscription Years.

2.2 After the Subscription Term the subscription renews for further Subscription Years at the same fees unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

## 3. Invoicing and Payment

3.1 The onboarding fee is invoiced after Onboarding Acceptance.

3.2 Subscription Fees are invoiced quarterly in arrears, CNY 51,000 per quarter, and are payable within 30 days after the invoice date.

3.3 Customer does not pay any amount in advance of the Service Start Date.

## 4. Onboarding and Onboarding Acceptance

4.1 Lagune shall complete onboarding within 45 days after signature of this Order Form.

4.2 Onboarding Acceptance requires that: (a) all 14 document templates listed in the Annex produce correct documents for five sample shipments chosen by Customer; (b) shipment tracking for the carriers named in the Annex updates at least every 6 hours in a 10-day trial; (c) Customer's historical shipments of the last two calendar years have been imported and checked; and (d) single sign-on with Customer's directory works for all 60 users.

4.3 Customer confirms Onboarding Acceptance in writing or lists the failed criteria within 5 working days. Use of the service during the trial is not acceptance.

4.4 If onboarding is not completed by the date in Section 4.1 for reasons attributable to Lagune, Lagune shall pay CNY 300 for each day of delay.

## 5. Service Levels

5.1 Monthly availability of the service: 99.95%, excluding maintenance announced at least 72 hours in advance and carried out between 00:00 and 06:00 China Standard Time.

5.2 Severity 1 (the service is unavailable or documents cannot be generated): response within 30 minutes, restoration within 6 hours. Severity 2: response within 2 hours. Severity 3: response within 1 business day. Support is provided in English and Chinese.

5.3 Service credits: 5% of the monthly equivalent fee for each 0.1 percentage point (or part) below the availability target, and CNY 500 for each hour a Severity 1 restoration is late, up to 50% of the monthly equivalent fee per month. Credits are deducted from the next invoice.

Signed for Lagune Cloud SARL: ____________________ Name: Aya Kouassi, Directrice Générale. Date:

Signed for Yiwu Xinmao Import & Export Co., Ltd.: ____________________ Name: Chen Jianping, General Manager. Date:

---

# LAGUNE GENERAL TERMS (Version 4.1)

## Section 1. The Service

1.1 Lagune provides the subscribed service to Customer during the Subscription Term on the terms of the Order Form and these General Terms. Lagune may improve the service, but shall not materially reduce the functions subscribed during the Subscription Term.

1.2 Customer is responsible for its user accounts, for the accuracy of the shipment data it enters and for the use of the service by its users.

## Section 2. Customer Data

2.1 All shipment, customer, product and document data that Customer or its users enter into the service, and all documents generated from it ("Customer Data"), belong to Customer.

2.2 Lagune uses Customer Data only to provide the service to Customer and does not sell it or use it for any other purpose.

2.3 During the Subscription Term and for 60 days after it ends, Customer may export all Customer Data in CSV and PDF formats. Lagune deletes Customer Data 60 days after the end of the Subscription Term.

## Section 3. Customer Configurations

3.1 Document templates, field mappings and reports configured for Customer during onboarding or afterwards ("Customer Configurations") belong to Customer. Customer may use and modify them freely and may give them to any third party, including another service provider.

3.2 Lagune retains all rights in the service, its software and its standard templates.

## Section 4. Confidentiality

4.1 Each party shall keep confidential all non-public information received from the other party, including prices, customer lists and business plans, and shall use it only for the purposes of the Order Form. This obligation continues for three years after the Subscription Term ends.

4.2 Information that is public, already known to the receiving party or independently developed is not confidential information.

## Section 5. Subcontractors

5.1 Lagune may use subcontractors and hosting providers of its choice to perform the service. Lagune shall inform Customer of any new subcontractor or hosting provider by email at least 15 days before it begins to be used. Lagune remains responsible for the performance of its subcontractors.

## Section 6. Limitation of Liability

6.1 Lagune's total liability arising out of or in connection with the Order Form and these General Terms, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

6.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

6.3 Nothing limits liability for death or personal injury caused by negligence, or for fraud.

## Section 7. Term and Termination

7.1 The Order Form remains in force for the Subscription Term and any renewal.

7.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

7.3 Customer may also terminate by written notice if monthly availability falls below 99.5% in two consecutive months.

7.4 On termination by Customer under Section 7.2 or 7.3, Lagune refunds any fees paid for the period after termination.

## Section 8. Warranties

8.1 Lagune warrants that the service will perform substantially in accordance with its documentation and that onboarding will be carried out with reasonable skill and care.

8.2 Lagune warrants that the service and the standard templates do not infringe any third party's intellectual property rights and shall defend Customer against any such claim.

## Section 9. Force Majeure

9.1 Neither party is liable for delay or failure caused by events beyond its reasonable control. The affected party shall notify the other party promptly. If the event continues for more than 60 days, either party may terminate the Order Form by notice.

## Section 10. Governing Law and Disputes

10.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.

## Section 10A. Suspension

10A.1 Lagune may suspend access to the service if an undisputed invoice remains unpaid for more than 45 days after a written reminder, but only after giving Customer 10 days' further written notice. Lagune shall restore access within one business day after payment. Suspension does not extend the Subscription Term or reduce the fees.

10A.2 Lagune may also suspend a user account that is used in breach of law or of these General Terms, after informing Customer, to the extent necessary to stop the breach.

## Section 11. General

11.1 Notices shall be given in writing by email to the contacts named by each party, with a copy by courier for notices of breach or termination.

11.2 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

11.3 The Order Form and these General Terms are the entire agreement of the parties on the service. Amendments must be in writing and signed by both parties.
"""

E03 = """T:PURCHASE CONTRACT FOR COLD STORE MONITORING SENSORS
P:Contract No. RZHF-EQ-2026-022
P:Buyer: Rizhao Haifeng Aquatic Products Co., Ltd., No. 6 Haibin Fifth Road, Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Teranga Instruments SARL, Route de Ngor, Almadies, Dakar, Senegal (the "Supplier").
P:Whereas the Buyer operates a cold store of eight freezer rooms and two ammonia machine rooms at its Lanshan processing plant (the "Site"), and wishes to replace its temperature recording and ammonia leak detection equipment; and whereas the Supplier offered the equipment and services below in its tender of 12 March 2026; the parties agree as follows on the Buyer's standard terms of purchase.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission at the Site the wireless temperature and humidity sensors, ammonia leak detectors, gateways, monitoring server and monitoring software listed in the price table in Clause 2, and shall train the Buyer's staff.
P:1.2 The system shall record the temperature of every freezer room at one-minute intervals, raise local and SMS alarms, and trigger the machine-room ventilation and shut-off valves when ammonia concentration exceeds the set points in the Technical Specification.
P:1.3 The Supplier shall configure the alarm logic, reports and HACCP temperature records required by the Buyer's quality department.
H:2. Contract Price
P:2.1 All prices are in Chinese Yuan (CNY), delivered duty paid at the Site, inclusive of taxes, packing, transport, insurance and installation.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 °C rated|64|1,850|118,400
TB:2|Ammonia leak detector with relay output|12|6,400|76,800
TB:3|LoRa gateway with backup battery|6|9,200|55,200
TB:4|Monitoring server (rack, redundant disks)|1|48,000|48,000
TB:5|Monitoring software, perpetual site licence|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||384,400
TB:6|Installation and cabling|1|52,600|52,600
TB:7|Calibration and commissioning|1|18,000|18,000
TB:8|Training|1|5,000|5,000
TB:|Contract Price|||460,000
H:3. Payment
P:3.1 10% of the Contract Price as an advance within 15 days after the Buyer receives a bank guarantee for the same amount.
P:3.2 45% of the Contract Price within 20 days after all equipment is delivered and installed. Signature of the delivery note does not mean acceptance of quality.
P:3.3 45% of the Contract Price within 20 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Site within 60 days after signature and complete installation within 20 days after delivery, working in coordination with the Buyer's production schedule so that no freezer room is out of monitoring for more than 2 hours.
P:4.2 For each day by which installation is completed late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 After installation the Supplier shall carry out the tests in the Acceptance Test Plan: comparison of every sensor with a calibrated reference thermometer (deviation not more than 0.5 °C); gas tests of every ammonia detector with the alarm and shut-off sequence; failover of each gateway; and SMS alarm delivery to the duty phones within 60 seconds.
P:5.2 The system shall then run for 30 days without a critical fault. Final Acceptance is confirmed when all tests have passed, the 30-day run is complete and calibration certificates, drawings and manuals have been delivered. The Buyer signs the Final Acceptance Certificate within 7 working days.
P:5.3 Installation, use of the system or any payment does not by itself constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace faulty items free of charge, including parts, labour and travel, and perform annual recalibration of all sensors and detectors.
P:6.2 Critical faults (loss of ammonia detection or of temperature recording in any room): telephone response within 30 minutes, engineer on site within 8 hours, restoration within 24 hours. Other faults: response within 2 hours, repair within 3 working days.
P:6.3 For each hour by which the response or on-site time for a critical fault is exceeded, the Supplier shall pay CNY 500, deducted from the next payment or from the guarantee.
P:6.4 After the warranty the Buyer may order maintenance services (recalibration, spare parts and repair) for a fee of 7% of the Hardware and Licence Subtotal per year, that is CNY 26,908, fixed for the three years following the warranty. Maintenance is ordered by written purchase order and does not renew automatically.
H:7. Data
P:7.1 All measurements, alarms, logs and reports generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy them or transfer them outside the Site.
P:7.2 The monitoring server is installed in the Buyer's network. The Supplier shall access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall change all default passwords at commissioning.
P:7.3 The Supplier shall report any security incident affecting the system within 12 hours and compensate the Buyer for all losses caused by the Supplier's breach of this Clause.
H:8. Intellectual Property
P:8.1 Alarm logic, configuration files, report templates and drawings prepared for the Buyer belong to the Buyer, which may modify them and give them to other service providers.
P:8.2 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually for use at the Site.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's plant layout, production volumes and customer information, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor. The Buyer consents on signature to the cabling work being performed by a local installer named in the tender.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Clause 4.2 reach their maximum.
P:12.2 On termination the Supplier shall refund the payments received for equipment not accepted and compensate the Buyer's losses.
H:12A. Spare Parts and Documentation
P:12A.1 The Supplier shall deliver with the equipment a recommended spare parts list, and shall keep spare parts and replacement sensors compatible with the system available for at least eight years after Final Acceptance. If a model is discontinued, the Supplier shall offer a compatible replacement at no higher price and shall update the configuration free of charge during the warranty.
P:12A.2 The Supplier shall deliver, in Chinese and English, the as-built drawings, wiring diagrams, the calibration certificates of every sensor and detector, the operation and maintenance manuals, the alarm set-point list and the software installation media and licence keys. Training shall cover at least 16 hours for the Buyer's refrigeration operators, quality staff and maintenance technicians, with a short test at the end.
P:12A.3 The Supplier's staff at the Site shall follow the Buyer's safety rules for ammonia areas, food hygiene and hot work, and shall wear the protective equipment provided by the Buyer. The Supplier is responsible for accidents caused by its staff.
H:12B. Packing and Transport
P:12B.1 The Supplier shall pack all equipment for sea and road transport and for storage in damp conditions, mark every package with the contract number and item number, and bear the risk of loss or damage until the equipment is delivered to the Site and the delivery note is signed. Import clearance, duties and inland transport are included in the Contract Price. Damaged or missing items shall be replaced within 15 days at the Supplier's cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.
H:14. General
P:14.1 The Technical Specification and the Acceptance Test Plan are annexed to this Contract and form part of it. This Contract is signed in two originals in English, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________ Name: Liu Haibo, Deputy General Manager. Date:
P:For the Supplier: ____________________ Name: Mamadou Diop, Gérant. Date:
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** EKO-MS-2026-009

**Provider:** Eko Managed Services Limited, 23 Adeola Odeku Street, Victoria Island, Lagos, Nigeria ("Provider")

**Customer:** Foshan Shunde Meijia Furniture Co., Ltd., 16 Longzhou Road, Lunjiao, Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer")

**Background.** Customer runs a furniture factory, two showrooms and a sales office with about 420 computers, laptops and printers. Customer wishes to outsource its IT service desk and endpoint management. Provider runs a bilingual service desk and a remote management platform and has agreed to provide the services on the terms below.

## Clause 1 Services

1.1 Provider shall provide the services described in Schedule 1 (the "Services") from the Service Commencement Date for the Service Term.

1.2 Provider shall keep one field engineer on Customer's premises in Shunde on working days and shall provide the remote service desk in Chinese and English.

## Clause 2 Transition and Service Commencement

2.1 Provider shall complete the transition described in Schedule 1, Part B, within 45 days after signature (the "Planned Commencement Date").

2.2 Service Commencement requires that: (a) all endpoints in Customer's asset list are enrolled in the management platform and reporting; (b) the service desk has handled a 10-day parallel run with at least 95% of test tickets logged and routed correctly; (c) the runbooks and escalation lists are approved by Customer's IT manager; and (d) backup of every laptop has been tested by a sample restore. Customer confirms Service Commencement in writing; the date of that confirmation is the "Service Commencement Date".

2.3 If the Service Commencement Date falls after the Planned Commencement Date for reasons attributable to Provider, Provider shall pay Customer CNY 200 for each day of delay.

## Clause 3 Service Term and Renewal

3.1 The Service Term is two Service Years from the Service Commencement Date.

3.2 The Agreement renews automatically for further Service Years unless either party gives notice of non-renewal at least 90 days before the end of the current Service Year. At each renewal Provider may increase the Monthly Charge by up to 8% by notice given with its renewal invoice.

## Clause 4 Charges and Payment

4.1 At Customer's request the charges are stated and invoiced in Chinese Yuan (CNY). The charges are set out in Schedule 2. The total contract value for the Service Term is CNY 1,160,000.

4.2 The Transition Fee is invoiced after the Service Commencement Date. Monthly Charges are invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable in advance.

## Clause 5 Service Levels

5.1 Provider shall meet the service levels in Schedule 3. Provider reports its performance monthly.

5.2 Service credits in Schedule 3 are deducted from the next invoice.

## Clause 6 Customer Data and Security

6.1 All data on Customer's endpoints and systems, and all tickets, asset records and reports produced in the Services ("Customer Data"), belong to Customer. Provider shall use Customer Data only to perform the Services.

6.2 Provider's remote management platform shall be hosted in mainland China. Provider's staff shall access Customer systems through named accounts with multi-factor authentication; all sessions are logged and the logs are available to Customer. Provider shall not copy Customer Data outside Customer's systems and the platform.

6.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, cooperate in the response, and compensate Customer for all losses caused by Provider's breach of this Clause 6.

## Clause 7 Intellectual Property

7.1 Runbooks, scripts, device configurations and reports prepared for Customer belong to Customer, which may use, modify and give them to any successor provider.

7.2 Provider retains the rights in its management platform and standard tools.

## Clause 8 Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including Customer's product designs, prices and customer lists, and shall use it only for this Agreement. The obligation continues for three years after termination.

## Clause 9 Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, wilful misconduct and breach of Clauses 6 and 8, which are not limited.

## Clause 10 Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for the acts of any approved subcontractor.

## Clause 11 Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the Priority 1 response target in Schedule 3 in any three months of a Service Year.

11.2 On expiry or termination Provider shall give reasonable exit assistance for up to 60 days at the rates in Schedule 2 and return all Customer Data.

## Clause 11A Governance and Reporting

11A.1 Each party shall name a service manager. The service managers meet monthly to review the service report, open problems, planned changes and the status of service credits, and quarterly with Customer's IT manager to review trends, security findings and improvement proposals.

11A.2 Provider's monthly report shall include ticket volumes by priority, response and resolution times against Schedule 3, patch compliance per device group, backup success rates, security alerts handled and credits due.

11A.3 Changes to the scope of the Services, including new sites or more than 440 devices, are agreed in a written change note signed by both parties, priced at the rates in Schedule 2.

11A.4 Provider shall replace its field engineer only with Customer's approval, except in case of illness or resignation, and shall then provide a suitably qualified replacement within 10 working days.

11A.5 Provider shall keep the management platform and its tools up to date and shall not install software on Customer devices other than the agreed agents. On expiry or termination Provider shall remove its agents from all devices and give Customer the final asset register and configuration records.

11A.6 Customer shall give Provider's staff the access, workspace and information reasonably needed for the Services, and shall tell Provider in good time about office moves, new systems and planned changes that may affect the Services.

## Clause 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on both parties.

## Clause 13 General

13.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English.

---

## Schedule 1 — Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Telephone, email and portal support 07:30–20:00 China Standard Time on working days; Priority 1 support at all times |
| A2 | Endpoint management | Patching, antivirus, software deployment and inventory for about 420 devices |
| A3 | On-site support | One field engineer in Shunde on working days; hardware replacement and moves |
| A4 | Backup | Daily laptop backup to the platform, quarterly restore test |
| A5 | Reporting | Monthly service report and quarterly review meeting |
| B | Transition | Asset discovery, platform enrolment, knowledge transfer from Customer's IT team, runbooks, parallel run |

## Schedule 2 — Charges (CNY)

| Charge | Basis | Amount |
|---|---|---|
| Transition Fee | One-time | 56,000 |
| Monthly Charge | Per month, up to 440 devices | 46,000 |
| Monthly Charges for the Service Term | 24 months × 46,000 | 1,104,000 |
| Additional devices above 440 | Per device per month | 95 |
| Exit assistance | Per engineer day | 1,800 |
| **Total contract value** | Transition Fee + Monthly Charges | **1,160,000** |

## Schedule 3 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | Production or showroom systems down, or more than 20 users unable to work | 6 hours | 16 hours | 2% of the Monthly Charge per incident |
| Priority 2 | A single user unable to work | 8 business hours | 2 business days | 1% of the Monthly Charge per incident |
| Priority 3 | Request or minor fault | 1 business day | 5 business days | — |
| Service desk | Calls answered within 60 seconds | 90% per month | — | 1% of the Monthly Charge |

Total service credits in any month are limited to 20% of the Monthly Charge.

**Signed for Eko Managed Services Limited:** ____________________ Name: Oluwaseun Adebayo, Managing Director. Date:

**Signed for Foshan Shunde Meijia Furniture Co., Ltd.:** ____________________ Name: He Weiming, General Manager. Date:
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. LDS-API-2026-031

PROVIDER: Lumley Data Services (SL) Limited, 41 Wilkinson Road, Freetown, Republic of Sierra Leone ("Provider").
CUSTOMER: Xiamen Jinhai Commodity Trading Co., Ltd., 18 Xiangyun Third Road, Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

BACKGROUND
Customer imports cashew nuts, cocoa and sesame from West Africa. Provider collects farm-gate and port prices, vessel calls and export licence data in Sierra Leone, Guinea, Liberia and neighbouring countries and makes them available through a data API. Customer wishes to subscribe to the API to feed its trading and risk systems. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means Provider's West Africa Commodities Data API, version 3, with the datasets listed in Annex A, and any later version Provider makes generally available.
1.2 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between anniversaries.
1.3 "Service Start Date" means the date on which Customer confirms Integration Acceptance under Clause 5.
1.4 "Customer Data" means the queries, watch lists, API keys, user details and usage logs of Customer, and any data Customer uploads to the API portal.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use the data received for Customer's internal trading, purchasing and risk management, including reports shared with Customer's banks and auditors.
2.2 The subscription includes 2,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call, invoiced quarterly in arrears.
2.3 The Subscription Term is two Subscription Years from the Service Start Date. It may be extended for further Subscription Years by a written order signed by both parties at the fees then agreed; there is no automatic renewal.

3. FEES
3.1 At Customer's request all fees are stated and paid in Chinese Yuan (CNY), inclusive of taxes.
Subscription fee: CNY 186,000 per Subscription Year, CNY 372,000 for the Subscription Term.
Integration support (one-time): CNY 18,000, covering a dedicated integration engineer, sample code, field mapping to Customer's trading system and a test environment.
Total contract value: CNY 390,000 (excluding any per-call charges above the included volume).
3.2 The integration support fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, CNY 46,500 per quarter. Invoices are payable within 30 days. Customer pays nothing in advance.

4. PROVISIONING
4.1 Provider shall provide API keys, the test environment and the field mapping within 20 days after signature.
4.2 If provisioning is late for reasons attributable to Provider, Provider shall pay CNY 260 for each day of delay, deducted from the first invoice.

5. INTEGRATION ACCEPTANCE
5.1 Integration Acceptance requires that: (a) every dataset in Annex A is delivered through the API to Customer's test environment with the fields and update frequency stated in Annex A; (b) daily prices for the previous 30 trading days reconcile with Provider's published price sheets; (c) median response time measured by Customer over 5 working days is below 800 milliseconds; and (d) the production keys work from Customer's two data centres.
5.2 Customer confirms Integration Acceptance in writing within 5 working days after the criteria are met or lists the failed criteria. Use of test data is not acceptance.

6. SERVICE LEVELS
6.1 The production API shall be available 99.95% of each calendar month, measured by Provider's external monitoring and reported monthly, excluding maintenance announced at least 48 hours in advance.
6.2 Severity 1 (the API is unavailable or returns wrong prices for a whole dataset): response within 1 hour and a workaround or fix within 6 hours. Severity 2 (a dataset is late or incomplete): response within 3 hours. Severity 3: response within 2 business days.
6.3 If availability falls below the target, Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) of shortfall, up to 50% of that amount. A late Severity 1 fix earns a credit of CNY 400 per hour. Credits are deducted from the next invoice.
6.4 Provider shall publish updated prices no later than 18:00 Greenwich Mean Time each business day and shall correct a reported data error within 1 business day.

7. CUSTOMER DATA
7.1 Customer Data belongs to Customer. Provider shall use it only to provide the API and support to Customer, and shall not use Customer's queries or watch lists to analyse Customer's trading interests, to sell or share them, or for any other purpose.
7.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff with multi-factor authentication, and logging of all access. API keys are stored only in hashed form.
7.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take all steps to contain it, and compensate Customer for all losses caused by Provider's breach of this Clause 7.
7.4 Within 30 days after the Subscription Term ends, Provider shall delete Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 Provider retains all rights in the API and its datasets.
8.2 The field mapping, sample code and transformation scripts prepared for Customer during integration belong to Customer, which may use, modify and give them to third parties without restriction.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential all non-public information received from the other party, including Customer's trading positions, prices, counterparties and the terms of this Agreement, and shall use it only for this Agreement. This obligation continues for three years after termination.

10. LIABILITY
10.1 Each party's total liability under this Agreement is limited to 200% of the total contract value. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 7 or 9.
10.2 Neither party is liable for indirect loss or loss of profit, except for breach of Clauses 7 or 9.

11. SUBCONTRACTING
11.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent. The data-centre hosting provider named in Annex B is approved on signature. Provider remains responsible for every subcontractor.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice describing the breach.
12.2 Customer may also terminate by written notice if availability falls below 99.5% in two consecutive months or if a dataset in Annex A is discontinued without an equivalent replacement.
12.3 On termination Provider shall refund any fees paid for the period after termination.

12A. CHANGES TO THE API
12A.1 Provider may add fields, endpoints or datasets at any time. Provider shall give Customer at least 90 days' written notice before removing a field or endpoint, changing a data format or retiring an API version, and shall keep the previous version running in parallel during that period.
12A.2 Provider shall keep a public change log and a sandbox environment in which Customer can test new versions before they reach production. Provider shall support Customer's developers by email and video call during any migration to a new version at no extra charge.
12A.3 Provider shall state for each dataset its sources, collection method and update time, and shall flag estimated or provisional values in the data so that Customer can treat them accordingly.

12A.4 Customer shall keep its API keys secure and shall inform Provider at once if a key may have been disclosed, so that Provider can revoke it and issue a new key.

13. FORCE MAJEURE
13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as war, epidemic, natural disaster or general failure of telecommunications, if it notifies the other party promptly. If such an event lasts longer than 60 days, either party may terminate by notice.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the Republic of Sierra Leone.
14.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be referred to arbitration in Freetown, Sierra Leone, under the Arbitration Act of Sierra Leone, before a sole arbitrator. The language of the arbitration is English. The award is final and binding.

15. GENERAL
15.1 Notices shall be in writing and sent by email and courier to the addresses above.
15.2 Neither party may assign this Agreement without the other party's written consent.
15.3 This Agreement, with Annex A (Datasets and Update Frequencies) and Annex B (Approved Hosting Provider), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

SIGNED for Lumley Data Services (SL) Limited: ____________________ Name: Fatmata Kamara, Chief Executive. Date:
SIGNED for Xiamen Jinhai Commodity Trading Co., Ltd.: ____________________ Name: Lin Zhiqiang, General Manager. Date:
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h584z01_audit_bureau_big_data_audit_platform.pdf", "pdf", Z01),
    "z02": ("h584z02_auto_parts_welding_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h584z03_laundry_chain_scheduling_saas.txt", "txt", Z03),
    "z04": ("h584z04_education_bureau_smart_campus_om.txt", "txt", Z04),
    "z05": ("h584z05_beef_jerky_baking_software_supplier_template.md", "md", Z05),
    "e01": ("h584e01_cold_chain_wms_licence_ghana_vendor.pdf", "pdf", E01),
    "e02": ("h584e02_export_docs_saas_order_form_ivorian_vendor.md", "md", E02),
    "e03": ("h584e03_cold_store_sensors_senegal_supplier.docx", "docx", E03),
    "e04": ("h584e04_managed_it_services_lagos_provider.md", "md", E04),
    "e05": ("h584e05_commodity_data_api_sierra_leone_provider.txt", "txt", E05),
}

K = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(K)
    return dict(zip(K, vals))


# (category, terms, extra, design rules, tco info (value, fee base, fee pct, warranty months) or None)
L = {
    "z01": ("software",
            T(99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 36, 8, False, True, False, "PRC",
              "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2500000),
            ["CR-LD-LOW", "CR-SLA-AVAILABILITY"], (2500000, 1280000, 8, 36)),
    "z02": ("hardware",
            T(None, 0.5, False, "buyer", True, True, True, 0.1, 50, 10, True, True, 24, 9, False, True, True, "PRC",
              "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=3100000),
            ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], (3100000, 2380000, 9, 24)),
    "z03": ("cloud",
            T(99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
              "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=810000),
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"], None),
    "z04": ("services",
            T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
              "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=690000),
            [], None),
    "z05": ("software",
            T(None, None, False, "supplier", True, True, True, None, 480000 / 600000 * 100, 65, False, False, 6, 25,
              False, True, None, None, "goods_or_licence"),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=600000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
            (600000, 480000, 25, 6)),
    "e01": ("software",
            T(None, 1, True, "buyer", True, True, False, 1100 / 1480000 * 100, 150, 10, True, True, 18, 11, False,
              False, False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1480000),
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"], (1480000, 920000, 11, 18)),
    "e02": ("cloud",
            T(99.95, 0.5, True, "buyer", False, True, True, 300 / 444000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, True, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=444000),
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None),
    "e03": ("hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC",
              "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=460000),
            [], (460000, 384400, 7, 36)),
    "e04": ("services",
            T(None, 6, True, "buyer", True, True, True, 200 / 1160000 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1160000),
            ["CR-AUTO-RENEWAL", "CR-LD-LOW", "CR-SLA-RESPONSE"], None),
    "e05": ("cloud",
            T(99.95, 1, True, "buyer", True, True, True, 260 / 390000 * 100, 200, None, True, None, None, None, False,
              True, False, "Sierra Leone", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=390000),
            ["CR-GOVERNING-LAW"], None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(tco):
    """Policy §4: horizon 5 (H) years from acceptance; post-warranty years pro rata; fee base = licence/hardware."""
    value, base, pct, wm = tco
    H = 5
    years = max(0.0, H - wm / 12)
    fees = base * pct / 100 * years
    return fees / (value + fees) * 100, value + fees


def my_rules(t, x, tco):
    """My own reading of policy.md §3 (not project code)."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and tco_share(tco)[0] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PAT = [
    r"99\.9(?!\d)\s*[%％]", r"(?<![\d.])100\s*(?:[%％]|per\s*cent|percent)", r"百分之(?:一)?百", r"hundred\s*per",
    r"(?<![\d.])30\s*(?:[%％]|per\s*cent|percent)", r"百分之三十", r"三成", r"thirty\s*per",
    r"(?<![\d.])15\s*(?:[%％]|per\s*cent|percent)", r"百分之十五", r"fifteen\s*per",
    r"(?<![\d.])40\s*(?:[%％]|per\s*cent|percent)", r"百分之四十", r"四成", r"forty\s*per",
    r"(?<![\d.])0?\.05(?!\d)\s*(?:[%％]|per\s*cent|percent|个百分点)", r"万分之五(?![十百千\d])",
    r"(?<![\d.])4\s*(?:个)?\s*小时", r"(?<!十)四\s*(?:个)?\s*小时", r"(?<![\d.])4\s*-?\s*h(?:ours?|rs?)?\b",
    r"four\s*-?\s*hours?", r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])12\s*(?:个)?\s*月", r"十二\s*个\s*月", r"(?<![\d.])12\s*-?\s*months?", r"twelve\s*-?\s*(?:calendar\s*)?months?",
    r"一年", r"one\s*-?\s*year",
    r"(?<![\d.])5\s*年", r"五年", r"(?<![\d.])5\s*-?\s*years?", r"five\s*-?\s*years?", r"(?<![\d.])60\s*(?:个)?\s*月",
    r"(?<![\d.])60\s*-?\s*months?", r"六十\s*个\s*月", r"sixty\s*-?\s*months?",
]
RX = [re.compile(p, re.I) for p in PAT]


def hits(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for rx in RX for m in rx.finditer(f)})


MUST_HIT = ["99.9%", "99.9 %", "100%", "百分之百", "30%", "百分之三十", "三成", "15%", "百分之十五", "40%", "四成",
            "0.05%", "万分之五", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟",
            "12个月", "12 个月", "十二个月", "twelve months", "12 months", "一年", "one year", "5年", "五年",
            "five years", "5 years", "60 months", "60个月", "one-year", "100 per cent", "40 percent"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours", "14 hours",
             "99.5%", "1.5%", "200%", "2026年", "Subscription Year", "45%", "35%", "2 hours", "120 days", "160 months",
             "36个月", "二十四个月", "25%", "65%", "105%", "万分之三", "0.1%", "30 days", "12 March"]


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    md = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in md.items()}, {k: (v[0], v[1]) for k, v in md.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)


def labels():
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        cat, t, x, design, tco = L[k]
        rules = my_rules(t, x, tco)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if tco is not None:
            share = tco_share(tco)[0]
            assert abs(share - 40) > 2, (k, share)
        lab = {"file": name, "language": "zh" if k[0] == "z" else "en", "category": cat, "expected_terms": t,
               "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print(k, risk(rules), rules, "TCO %.2f%% %s" % tco_share(tco) if tco else "")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered


def check():
    selftest()
    bad = False
    for k, (name, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        h = hits(text) + hits(src)
        if k[0] == "z":
            n_all, n_nows = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n_all <= 3000
            print("%s zh chars: %d (no whitespace %d) %s" % (name, n_all, n_nows, "" if ok else "OUT OF RANGE"))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s en words: %d %s" % (name, n, "" if ok else "OUT OF RANGE"))
        if h:
            print("  THRESHOLD HITS:", h)
        bad |= (not ok) or bool(h)
    assert not bad, "length or threshold check failed"


if __name__ == "__main__":
    build()
    labels()
    check()
    print("all checks passed")
