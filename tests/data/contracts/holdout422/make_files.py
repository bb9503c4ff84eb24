"""holdout422: builds the ten blind draft contracts and their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py (write(..., wrap_words=True)), the .json labels, and then reads every built file back to check
text lengths, price sums, the expected rules (derived from the labels by my own reading of policy.md section 3) and
that no threshold figure appears anywhere.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
H422Z01 = """T:青岚市森林防火监测预警平台建设项目合同
P:合同编号：QLLY-ZFCG-2026-019　采购方式：公开招标（政府采购）
P:甲方（采购人）：青岚市林业局　地址：青岚市林苑路18号
P:乙方（供应商）：杭州绿盾智能科技有限公司　地址：杭州市余杭区文一西路998号
P:鉴于甲方通过公开招标确定乙方为青岚市森林防火监测预警平台建设项目的中标供应商，双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供森林防火监测预警平台软件许可（永久使用许可，不限用户数），并按甲方需求完成定制开发、部署实施及培训。
P:1.2 定制开发内容包括：瞭望塔视频监控接入（共64路）、烟火智能识别模型与甲方现有卫星热点数据对接、火情分级预警及短信推送、指挥调度“一张图”、护林员巡护APP对接。
P:1.3 项目地点为甲方指定的市森林防火指挥中心机房及各瞭望塔站点。
P:1.4 培训：乙方为甲方及各区县林业站操作人员提供集中培训不少于3期，每期不少于2天，并提供操作手册和维护手册各一套。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,120,000元（大写：贰佰壹拾贰万元整），为固定总价，含税费及乙方完成本项目的全部费用。
P:2.2 分项价格：平台软件许可费1,180,000元；定制开发费760,000元；部署实施费146,000元；培训费34,000元。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，即424,000元，乙方应同时提交等额银行保函。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即954,000元。
P:3.3 项目最终验收合格后，甲方支付合同总价的35%，即742,000元。
P:3.4 每次付款前乙方应开具合法有效的等额发票。甲方按财政资金支付流程办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后90日内完成部署并提交初步验收申请，于初步验收后60日内完成试运行并申请最终验收。
P:4.2 因甲方原因造成的延误，交付期限相应顺延。
P:4.3 乙方应指定具备高级工程师职称的项目经理，常驻现场直至最终验收，未经甲方同意不得更换。乙方每周提交项目周报，每月参加甲方组织的项目例会。
P:4.4 乙方部署实施期间应遵守甲方机房管理制度和林区安全作业规定，瞭望塔高空作业须采取安全防护措施，由此发生的人身伤害由乙方负责。
H:第五条 验收
P:5.1 初步验收标准：全部64路视频接入正常；烟火识别模型在甲方提供的测试样本上识别准确率不低于92%，平均告警时延不超过10秒；卫星热点数据自动入库；各功能模块符合招标文件技术要求。
P:5.2 最终验收标准：平台连续试运行60日无一级故障；等级保护第三级测评通过；文档、源代码及培训资料移交完毕。
P:5.3 验收由甲方组织，可邀请专家参加，形成书面验收报告。平台上线使用或甲方付款均不视为验收合格。
P:5.4 验收未通过的，乙方应在15日内整改并重新申请验收，重新验收的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、升级和技术支持。
P:6.2 服务水平：防火季期间平台月可用率不低于99.5%。一级故障（平台整体不可用或预警推送中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复。
P:6.3 月可用率每低于承诺值0.1个百分点，乙方向甲方支付2,000元；一级故障响应每超时1小时，乙方支付1,000元，甲方可从应付款中扣除。
P:6.4 质保期满后，如甲方续购运维服务，年度运维费不超过平台软件许可费的8%（即不超过94,400元/年），前三个服务年度不调价。续购须另行签订书面合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，甲方享有永久使用权。
P:7.2 定制开发成果（含源代码、模型参数、接口程序及文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第八条 数据安全
P:8.1 监测视频、火情数据、巡护轨迹等全部业务数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应落实访问控制、操作审计和加密传输措施，远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、站点位置及网络信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方交付成果不符合合同约定的，应在甲方规定期限内免费整改，并赔偿甲方因此遭受的损失。
H:第十一条 分包与转包
P:乙方不得转包，也不得将本项目任何部分分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，或逾期超过30日，或经整改仍不能通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因地震、洪水、重大森林火灾等不可抗力不能履行合同的，受影响方应及时通知对方并在10日内提供证明，双方协商延期履行或部分免除责任。
H:第十五条 廉洁与合规
P:15.1 双方应遵守政府采购廉洁规定。乙方不得向甲方工作人员提供礼金、有价证券、宴请或其他不正当利益，不得以任何形式干扰采购和验收工作。
P:15.2 乙方违反前款规定的，甲方有权解除合同，并将有关情况报告财政部门和纪检监察机关。
H:第十六条 通知与联络
P:16.1 双方各指定一名项目联系人，负责日常联络和文件签收。联系人变更的，应提前书面通知对方。
P:16.2 本合同项下的通知以书面形式送达合同首部地址，或发送至双方确认的电子邮箱，发出后第二个工作日视为送达。
H:第十七条 文档与培训资料
P:乙方应在最终验收前向甲方提交需求规格说明书、系统设计文档、数据库设计说明、接口说明、部署手册、运维手册、用户手册及全部源代码，纸质版一式三份，电子版一份。文档应使用中文编写，内容与交付系统一致。
H:第十八条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十九条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：青岚市林业局　　　　乙方（盖章）：杭州绿盾智能科技有限公司
P:代表签字：　　　　　　　　　　　　代表签字：
P:签订日期：2026年3月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
H422Z02 = """T:瓦楞纸板生产线控制系统改造及维保合同
P:合同编号：HX-SB-2026-0412
P:甲方：佛山市恒信包装制品有限公司　地址：佛山市南海区狮山镇工业大道32号
P:乙方：广州拓控自动化工程有限公司　地址：广州市黄埔区科学大道115号
P:甲方拟对其五层瓦楞纸板生产线（幅宽2200毫米）的电气控制系统进行改造，乙方具备相应设计、供货、安装及维保能力。双方经友好协商，就改造项目及后续维保服务订立本合同。
H:一、项目范围
P:（一）乙方负责对甲方瓦楞纸板生产线湿部（单面机、涂胶机、双面机）及干部（分纸压线机、横切机、堆码机）控制系统进行改造，包括设备供货、PLC及变频系统更换、张力与温度闭环控制、HMI画面编制、生产管理软件部署及与甲方ERP的订单接口。
P:（二）改造须在甲方安排的停机窗口内完成，整线停机时间累计不超过10日。
P:（三）改造后生产线设计车速不低于每分钟220米，换单时间不超过90秒，纸板翘曲及脱胶不良率比改造前下降不少于三分之一。
H:二、合同价款
P:（一）本合同总价为人民币1,980,000元，含设备、软件、安装、调试、培训、运输、保险及税费。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及I/O模块|1套|486,000|486,000
TB:2|变频器及驱动单元|1套|612,000|612,000
TB:3|张力、温度传感器|1批|128,000|128,000
TB:4|触摸屏HMI|6台|16,000|96,000
TB:5|生产管理软件许可（排产、质量追溯）|1套|318,000|318,000
TB:6|工控网络交换机及线缆|1批|74,000|74,000
TB:—|软硬件小计| | |1,714,000
TB:7|安装调试|1项|152,000|152,000
TB:8|PLC编程及ERP接口开发|1项|96,000|96,000
TB:9|操作及维修培训|1项|18,000|18,000
TB:—|合同总价| | |1,980,000
P:（二）上述价格为固定价格，甲方不承担任何其他费用。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%（396,000元）作为预付款。
P:（二）设备到货并安装完毕后，甲方支付合同总价的50%（990,000元）。到货签收及安装完毕不代表验收合格。
P:（三）最终验收合格后，甲方支付合同总价的25%（495,000元）。
P:（四）余款5%（99,000元）作为质量保证金，质保期满且无未决质量问题后支付。
H:四、交付与验收
P:（一）乙方应于合同生效后75日内完成全部设备到货，停机改造在甲方书面通知的停机窗口内完成。
P:（二）验收标准：按本合同第一条第（三）项的车速、换单时间和不良率指标连续生产72小时考核；各联锁保护、急停回路测试合格；HMI与ERP订单数据一致；技术资料和程序备份齐全。
P:（三）考核合格后双方签署最终验收报告。投入生产或甲方付款均不视为验收合格。考核不合格的，乙方应在10日内整改并重新考核。
H:五、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件。
P:（二）一级故障指导致整线停机的故障。质保期和维保期内，乙方应在30分钟内响应，2小时内派工程师到场，8小时内恢复生产。响应或到场每超时1小时，乙方向甲方支付1,500元。
P:（三）质保期满后，乙方提供全包维保服务（含备件、每月驻厂巡检、程序维护及7×24小时电话支持），维保年费按软硬件小计的26%计取，即每年445,640元，按季度支付，维保期内不调价。
H:六、知识产权与数据
P:（一）PLC程序、HMI画面、ERP接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。生产管理软件的著作权归原厂所有，甲方享有永久使用许可。
P:（二）生产数据、订单数据及工艺参数归甲方所有，乙方仅为履行本合同使用，不得复制或向第三方提供。
P:（三）乙方远程维护须经甲方逐次审批，并通过甲方指定的安全通道进行；乙方应采取防病毒、访问控制等措施。因乙方原因造成数据泄露、丢失或控制系统被入侵的，乙方应在2小时内报告甲方并承担全部赔偿责任。
H:七、保密
P:双方对在合作中知悉的对方技术资料、工艺参数、客户及价格信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。
H:八、分包
P:乙方可将电气安装及布线工程分包给具备资质的施工单位，但应提前3个工作日书面告知甲方。乙方对分包单位的工作质量和安全负责。
H:九、违约责任
P:（一）乙方逾期完成交付或改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:（三）因乙方施工造成甲方设备损坏或停产损失的，乙方负责赔偿。
H:十、合同解除
P:乙方逾期超过30日、或经两次考核仍不合格、或有其他严重违约行为的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十一、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十二、安全施工
P:（一）乙方进场人员应接受甲方安全培训，遵守甲方车间安全管理制度，停机改造期间严格执行挂牌上锁程序，动火作业须办理审批手续。
P:（二）乙方应为进场人员购买意外伤害保险。因乙方人员违章作业造成的人身伤害和财产损失，由乙方承担责任。
H:十三、培训与资料
P:（一）乙方应为甲方电工、操作工和班组长分别开展现场培训，内容包括设备操作、参数设置、常见故障判断和安全注意事项，培训不少于6天。
P:（二）乙方应在最终验收时向甲方移交电气原理图、接线图、PLC程序及HMI工程文件（含注释）、设备说明书、备件清单及维保手册，纸质版两份，电子版一份。
H:十四、不可抗力
P:因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在10日内提供证明。双方可根据影响程度协商延期或部分免除责任。
H:十五、备品备件
P:（一）乙方应随设备免费提供易损件一批（含熔断器、继电器、编码器各若干），清单见附件。
P:（二）乙方保证所供主要设备自最终验收起八年内可提供备件，停产的应提前六个月通知甲方并提供兼容替代方案。
H:十六、旧设备处置
P:改造拆除的旧PLC、变频器及线缆归甲方所有，乙方应清点登记后堆放至甲方指定地点，不得擅自处置。
H:十七、项目管理
P:（一）乙方应指定项目经理一名，负责方案设计、进度和现场协调，未经甲方同意不得更换。
P:（二）乙方应在合同生效后10日内提交详细改造方案和停机施工计划，经甲方确认后实施；改造期间每日向甲方设备部报告进度。
H:十八、环保要求
P:乙方拆除和施工产生的废线缆、包装物应分类收集并清运出厂，不得在甲方厂区焚烧或随意堆放；所供设备应符合国家能效和环保标准。
H:十九、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：佛山市恒信包装制品有限公司　　乙方（盖章）：广州拓控自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
P:日期：2026年4月　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1)
H422Z03 = """验光预约及会员管理SaaS服务合同

合同编号：MJ-IT-2026-008
甲方：杭州明眸眼镜连锁有限公司（地址：杭州市拱墅区湖墅南路186号）
乙方：上海睿瞳信息技术有限公司（地址：上海市徐汇区漕溪北路88号）

甲方在杭州、嘉兴、湖州经营41家眼镜门店，拟使用乙方的验光预约及会员管理云服务，并委托乙方完成实施。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方41家门店提供验光预约及会员管理SaaS服务（以下简称“本服务”），功能包括：线上预约（微信小程序及门店端）、验光档案管理、配镜订单、会员积分与储值、复查提醒短信、门店经营报表。
1.2 乙方负责实施工作：系统配置、历史会员及验光数据迁移（约28万条会员记录）、与甲方ERP及收银系统对接、41家门店上线培训。
1.3 门店数量增加的，新增门店按本合同单价计费。

2. 服务期限
2.1 服务期自2026年3月1日起至2029年2月28日止，共三个服务年度。
2.2 服务期满前30日内任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权上调订阅费，每次上调幅度不超过上一服务年度费用的8%，乙方应提前15日通知甲方。

3. 费用
3.1 订阅费：每家门店每个服务年度6,800元，41家门店每个服务年度合计278,800元，三个服务年度合计836,400元。
3.2 实施费：一次性124,600元。
3.3 本合同总价为961,000元（含税）。
3.4 短信按实际发送量另行结算，每条0.045元，不计入合同总价。

4. 付款
4.1 实施费在上线验收合格后15日内支付。
4.2 订阅费按季度后付：每季度结束后乙方出具服务报告和发票，甲方确认后15日内支付该季度费用69,700元。
4.3 甲方无须支付任何预付款。

5. 上线与验收
5.1 乙方应在2026年3月1日前完成实施并具备上线条件。
5.2 上线验收标准：（1）历史会员及验光数据迁移完整，抽查500条记录与原系统一致；（2）小程序预约、门店开单、积分及储值与收银系统对账一致；（3）所有门店人员完成培训；（4）连续运行10日无一级故障。
5.3 验收合格由甲方出具书面确认；门店开始使用不视为验收合格。
5.4 乙方逾期上线的，每逾期一日向甲方支付违约金800元。

6. 服务水平
6.1 本服务月可用率不低于99.95%（计划维护须提前48小时通知，且安排在夜间22:00至次日6:00之间）。
6.2 一级故障（预约或开单功能在全部门店不可用）：乙方30分钟内响应，3小时内恢复；二级故障2小时内响应，次工作日内解决。
6.3 月可用率未达承诺值的，按当月订阅费的5%给予服务抵扣；一级故障响应每超时1小时，抵扣当月订阅费的1%。抵扣从下一季度费用中扣除。

7. 数据
7.1 甲方的会员信息、验光数据、订单及交易数据（以下简称“甲方数据”）归甲方所有。
7.2 乙方可将甲方数据去标识化后形成的验光统计数据和消费数据，用于乙方产品改进、算法训练及发布行业分析报告，该权利在本合同终止后继续有效。
7.3 合同终止后30日内，乙方应以通用格式向甲方返还全部甲方数据，并在甲方确认后删除。

8. 数据安全
8.1 本服务部署于中国境内的云平台，已通过网络安全等级保护第三级测评。乙方应对个人信息加密存储，实行最小权限访问和操作日志审计，并遵守《个人信息保护法》。
8.2 发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，配合甲方履行报告及告知义务；因乙方原因造成的，乙方承担由此产生的全部赔偿责任及监管罚款。

9. 保密
双方对在合作中知悉的对方商业秘密、客户信息及本合同价格负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。

10. 知识产权
10.1 本服务平台的知识产权归乙方所有。
10.2 乙方为甲方定制的会员规则、报表模板及接口程序归甲方所有，甲方可自行修改或交由第三方使用。

11. 分包
乙方不得将本服务或实施工作分包给第三方，经甲方书面同意的除外。

12. 责任
12.1 任何一方违约给对方造成损失的，应予赔偿。
12.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、侵犯知识产权及故意违约不受此限。

13. 解除
乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的费用。

14. 争议解决
本合同适用中华人民共和国法律。争议提交杭州仲裁委员会仲裁。

15. 培训与运营支持
15.1 乙方应在上线前为甲方门店店长、验光师和收银员分批开展线上及现场培训，并提供操作视频和常见问题手册。
15.2 上线后前两个月，乙方安排专人驻场支持甲方总部运营部，协助处理会员活动配置和门店问题。
15.3 乙方每季度向甲方提交服务报告，内容包括可用率、故障处理、短信发送量及会员增长统计，并参加季度服务评审会议。

16. 服务终止与交接
16.1 本合同终止或到期不续期的，乙方应在甲方指定期限内配合甲方完成数据导出和向新系统迁移，在此期间继续按原标准提供服务。
16.2 交接期间产生的服务费按实际使用天数结算，乙方不得以任何理由拒绝交接或扣留甲方数据。

17. 不可抗力
因不可抗力导致一方不能履行合同的，应及时通知对方，并在事件结束后尽快恢复履行。云平台自身故障或乙方服务商原因不属于不可抗力。

18. 变更与新增功能
18.1 甲方提出新增功能或定制需求的，乙方应在10个工作日内提交方案和报价，经双方书面确认后实施，费用另行约定。
18.2 乙方对本服务进行版本升级的，应提前7日通知甲方，升级不得降低已约定的功能和服务水平，不得另行收费。

19. 门店设备
19.1 门店电脑、扫码枪、小票打印机由甲方自备。乙方应提供设备兼容清单，并协助门店完成安装调试。
19.2 验光设备数据对接以甲方现有电脑验光仪和综合验光仪型号为准，乙方负责完成对接并保证数据准确传输。

20. 通知
双方指定的联系人、电子邮箱和电话见附件，附件包括甲方总部运营部、信息部及各区域督导的联系人名单。一方变更联系方式的，应及时书面通知对方。

21. 短信与营销合规
21.1 复查提醒及会员营销短信须使用甲方报备的签名，发送对象限于已同意接收的会员，乙方应提供退订功能。
21.2 乙方应按甲方要求控制发送时段，不得利用本服务向甲方会员发送乙方或第三方的广告。

22. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州明眸眼镜连锁有限公司　　　乙方（盖章）：上海睿瞳信息技术有限公司
授权代表：　　　　　　　　　　　　　　　　　授权代表：
日期：2026年2月　日
"""

# ---------------------------------------------------------------- z04 (txt, 一、 / （1）, 竞争性磋商, O&M service)
H422Z04 = """云溪市档案馆数字档案管理系统2026年度运维服务合同

项目编号：YXDA-CS-2026-03（竞争性磋商）
甲方（采购人）：云溪市档案馆，地址：云溪市文昌路66号
乙方（成交供应商）：南京卷宗信息技术有限公司，地址：南京市建邺区江东中路299号

根据云溪市档案馆数字档案管理系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

一、服务内容
（1）运维对象：甲方数字档案管理系统（含档案收集、整理、保管、利用模块）、电子档案长期保存库、档案数字化成果挂接库、对外查档利用平台，以及配套的应用服务器、数据库、存储和备份设备。
（2）日常运维：系统巡检（每日远程巡检、每周现场巡检）、数据库维护、故障处理、补丁及版本管理、用户权限管理、查档平台内容更新配合。
（3）数据备份与容灾：每日增量备份、每周全量备份，每季度开展一次恢复演练，每半年开展一次异地容灾切换演练。
（4）安全保障：配合甲方完成网络安全等级保护测评整改、漏洞扫描及加固，重大活动期间安排专人值守。
（5）驻场服务：乙方派驻1名具有3年以上档案系统运维经验的工程师，工作日在甲方驻场。
（6）服务期自2026年1月1日起至2026年12月31日止。期满本合同终止，不自动续期。

二、服务费用
（1）本合同总价为人民币468,000元，为固定总价，明细如下：系统运维服务286,000元；数据备份及容灾演练74,000元；安全加固及等保测评配合62,000元；驻场技术支持及培训46,000元。
（2）总价包含乙方人员、差旅、工具、税费等全部费用，甲方不再支付其他费用。

三、付款方式
（1）本合同不设预付款。
（2）服务费按季度支付，每季度117,000元。每季度结束后，乙方提交季度运维报告，经甲方按本合同第五条考核确认后15个工作日内支付。
（3）季度考核扣款从当季服务费中扣除。

四、服务水平
（1）系统可用率：数字档案管理系统和查档利用平台在服务时段内可用率不低于99.95%，按月统计。
（2）故障分级及时限：一级故障（系统整体不可用、数据损坏或安全事件）乙方15分钟内响应，1小时内到场，2小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障（一般问题）次工作日内解决。
（3）可用率每低于承诺值0.01个百分点，扣减当月服务费的1%；一级故障响应或恢复每超时1小时，扣减1,000元；二级故障每超时1小时，扣减300元。

五、考核与验收
（1）甲方每季度对乙方服务进行考核，考核内容包括：巡检记录完整性、故障处理时限达标情况、备份成功率及恢复演练结果、安全漏洞整改情况、驻场人员出勤情况。
（2）服务期满后，甲方组织年度验收。验收标准为：全年无因乙方原因造成的数据丢失；恢复演练和容灾切换演练均按计划完成且数据校验一致；高危漏洞全部闭环；运维文档、配置台账、账号清单完整移交。
（3）验收合格后甲方出具书面验收意见。服务到期或付款均不视为验收合格。

六、服务接管
乙方应于2026年1月1日前完成服务接管，包括系统账号交接、运维台账核对和应急预案确认。乙方未按时完成接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

七、数据安全
（1）系统中的全部档案数据、目录数据、利用记录及日志均归甲方所有，乙方仅为履行本合同使用。
（2）乙方人员须签署保密承诺书，运维操作须通过甲方堡垒机进行并全程审计；不得下载、复制或带离任何档案数据，不得使用外接存储设备。
（3）发生数据泄露、篡改、丢失或安全事件的，乙方应在1小时内报告甲方并启动应急处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

八、保密
乙方对履约中接触的档案内容、国家秘密和工作秘密、系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。

九、知识产权
乙方在服务中形成的运维文档、脚本、配置台账及报告归甲方所有，甲方可自由使用和修改。

十、分包
乙方不得将本合同项下的服务分包或转包给第三方。

十一、违约与解除
（1）乙方违反数据安全或保密义务的，甲方有权要求乙方赔偿全部损失。
（2）乙方连续两个季度考核不合格，或发生因乙方原因造成的重大安全事件，或有其他严重违约行为的，甲方有权书面通知解除合同，并按实际服务期间结算费用。

十二、争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

十三、人员管理
（1）乙方驻场工程师及其他运维人员名单应报甲方备案，人员须具备相应技术能力并通过背景审查。未经甲方同意，乙方不得更换驻场工程师。
（2）乙方人员进入档案库房及机房须遵守甲方出入登记制度，不得携带与工作无关的设备。
（3）乙方应为驻场人员提供必要的工具和备件，确保故障处理时限。
（4）驻场工程师因病、休假不能到岗的，乙方应提前安排具备同等能力的人员替岗，并报甲方同意，替岗期间服务标准不降低。

十四、应急管理
（1）乙方应在服务接管后15日内编制应急预案，经甲方审定后执行，预案应覆盖系统故障、数据损坏、网络攻击和机房断电等情形。
（2）发生突发事件时，乙方应按预案立即组织处置，并及时向甲方报告处置进展，事后5个工作日内提交事件分析报告。

十五、不可抗力
因不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，双方协商处理。

十六、服务报告
（1）乙方每月提交运维月报，内容包括巡检情况、故障统计、备份执行情况、容量及性能趋势、安全漏洞处置情况和下月工作计划。
（2）乙方每季度提交季度运维报告，作为季度考核和付款依据；服务期满前提交年度运维总结报告。
（3）甲方对报告内容有异议的，乙方应在5个工作日内补充说明或整改。

十七、服务交接
服务期满或合同解除时，乙方应配合甲方或甲方指定的新服务单位完成交接，移交全部运维文档、账号、脚本和配置资料，交接期内继续按本合同标准提供服务，交接期不超过30日，交接期间不另收费。

十八、廉洁
乙方不得向甲方工作人员提供任何不正当利益。违反本条的，甲方有权解除合同，并报告有关部门。

十九、培训
乙方应在服务期内为甲方档案管理人员和信息科人员开展不少于4次培训，内容包括系统日常操作、数据备份检查、常见故障处理及安全注意事项，并提供培训课件。

二十、不可抗力以外的责任
因甲方网络、供电或第三方软件原因造成的故障，不计入乙方可用率考核，但乙方应积极配合处理并提供技术建议。

二十一、其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：云溪市档案馆　　　　　　　　乙方（盖章）：南京卷宗信息技术有限公司
法定代表人或授权代表：　　　　　　　　　法定代表人或授权代表：
签订日期：2025年12月　日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H422Z05 = """# 湘智排程APS软件许可及实施合同

**乙方标准合同文本 XZ-APS-2025版**

合同编号：XZ-2026-0057

- 甲方（买方）：南昌赣味米粉食品有限公司，地址：南昌市新建区长堎工业园纬一路8号
- 乙方（卖方）：长沙湘智工业软件有限公司，地址：长沙市岳麓区麓谷大道627号

甲方拟引入生产排程系统，对米粉生产线（浸泡、磨浆、蒸片、挤丝、复蒸、干燥、包装）进行统一排程。乙方为湘智排程APS软件的著作权人。双方依据《中华人民共和国民法典》，经协商一致订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供湘智排程APS软件标准版许可（一个工厂，不限用户数），并按甲方需求完成定制开发和实施。

1.2 定制开发内容：米粉生产工艺约束建模（浸米时长、蒸片温度、干燥房容量与批次）、干燥房排程优化、换产清洗规则、与甲方金蝶ERP及车间MES的数据接口、排程看板。

1.3 实施内容：系统安装部署、基础数据初始化、关键用户培训及上线支持。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | APS软件标准版许可 | 420,000 |
| 2 | 工艺约束建模及排程定制开发 | 360,000 |
| 3 | 安装部署及上线支持 | 96,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 900,000 |

合同总价为人民币900,000元（含税）。

## 第三条 付款方式

3.1 合同签订后7个工作日内，甲方支付合同总价的50%，即450,000元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线后7个工作日内，甲方支付合同总价的50%，即450,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 实施与交付

4.1 乙方计划在收到预付款后100日内完成系统上线。实施计划以乙方项目经理编制的计划为准。

4.2 乙方将尽力按计划交付。因需求变更、甲方数据准备不及时或其他原因导致延期的，乙方不承担违约金或赔偿责任，交付时间相应顺延。

4.3 甲方应提供必要的服务器、网络环境和基础数据，并指定对接人员。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后5日内书面提出，逾期视为无异议。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持。一级故障（排程无法运行）乙方在8小时内响应，二级及以下故障在2个工作日内响应。

6.3 乙方对故障处理时间不作保证，不因故障或响应延迟承担扣款、赔偿或违约金。

## 第七条 维保服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应购买乙方年度维保服务。

7.2 年度维保费按乙方届时公布的服务价格标准执行，乙方有权根据市场情况调整。

## 第八条 知识产权

8.1 APS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工艺约束模型、排程规则、接口程序及其源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方。

8.3 乙方有权将定制开发成果用于其他客户项目。

## 第九条 数据

9.1 甲方的生产数据、订单数据、工艺参数归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

9.2 乙方远程支持须经甲方同意，采取账号专用、操作留痕和加密传输措施；乙方人员不得复制甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应立即通知甲方并承担相应赔偿责任。

## 第十条 保密

双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得披露。保密期限为合同终止后三年。

## 第十一条 责任限制

11.1 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

11.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除合同。

## 第十三条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 甲方义务

14.1 甲方应指定项目负责人，及时确认需求说明、排程规则和测试结果。

14.2 甲方应按乙方要求提供物料主数据、工艺路线、设备产能和订单数据，并对数据的准确性负责。

14.3 甲方应提供符合乙方要求的服务器、操作系统和数据库环境，保证网络畅通。

## 第十五条 培训

15.1 乙方为甲方计划员、车间主任及信息部人员提供培训，培训共3天，培训地点为甲方工厂。

15.2 乙方提供用户操作手册和系统管理手册电子版各一份。

## 第十六条 不可抗力

因不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方。

## 第十七条 系统环境与版本

17.1 本合同许可的软件版本为湘智排程APS V6.2标准版。乙方发布的新版本，甲方可在维保期内免费升级；未购买维保服务的，不享有升级权利。

17.2 因甲方自行修改系统配置、更换服务器或数据库版本导致系统异常的，乙方不承担责任，乙方协助处理的按人天另行收费。

## 第十八条 人员与现场

18.1 乙方派驻现场的实施人员应遵守甲方厂区安全及食品卫生管理规定，进入生产车间须穿戴工作服和防护用品。

18.2 实施期间甲方应为乙方人员提供办公场所和网络接入条件。

18.3 乙方实施人员的差旅、食宿费用已包含在合同价款中，甲方不另行承担。实施人员变更的，乙方应通知甲方。

## 第十九条 通知

双方往来通知以书面形式送达合同首部地址，或以电子邮件发送至双方指定邮箱。一方地址或联系人变更的，应及时通知对方。

## 第二十条 合同附件

乙方产品说明书、报价单、实施计划及需求说明书为本合同附件，与本合同具有同等效力。附件与本合同正文不一致的，以本合同正文为准。

## 第二十一条 数据备份

21.1 系统数据的日常备份由甲方负责，乙方在实施期间协助甲方制定备份策略。

21.2 系统上线前，乙方应协助甲方完成历史订单和基础数据的导入与核对，导入结果由甲方确认。

## 第二十二条 其他

22.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

22.2 本合同未尽事宜，双方另行协商。

甲方（盖章）：南昌赣味米粉食品有限公司

乙方（盖章）：长沙湘智工业软件有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Costa Rica vendor)
H422E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PLS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Pura Logic Systems S.A., a company organised under the laws of Costa Rica, with its registered office at Avenida Central 1450, Heredia, Costa Rica (the "Vendor"); and
P:(2) Hohhot Grassland Dairy Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Jinqiao Road, Hohhot, Inner Mongolia (the "Customer").
P:Recitals: (A) The Vendor develops and licenses MaintaPro, a maintenance management software product for plants and fleets. (B) The Customer operates three dairy processing plants and a fleet of milk collection trucks and wishes to license MaintaPro and to have the Vendor implement it. (C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the MaintaPro server software, web client and mobile technician application in the version current at signature, together with its documentation.
P:1.2 "Custom Deliverables" means all reports, interfaces, configurations, data migration scripts and other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Customer's three plants record maintenance work orders in the production environment of the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6 that the acceptance criteria are met.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software on the Customer's behalf, including asset registers, work orders, spare part records and personnel information.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's data centre in Hohhot for the Customer's internal business purposes, for the number of users stated in Article 3.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster recovery purposes.
P:2.3 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,152,000, made up as follows: (a) perpetual named-user licences, 60 users at CNY 9,800 each, CNY 588,000; (b) mobile technician licences, 40 users at CNY 4,200 each, CNY 168,000; licence subtotal CNY 756,000; (c) implementation services, fixed price, CNY 312,000; (d) data migration from the Customer's existing spreadsheets and legacy system, fixed price, CNY 58,000; (e) training of administrators and technicians, CNY 26,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 115,200) within 15 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 633,600) within 30 days after Go-Live, against the Vendor's invoice and the Go-Live certificate. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 403,200) within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice.
H:Article 5 Implementation and Delay
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature of this Agreement, in accordance with the project plan agreed by the parties at the kick-off meeting.
P:5.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Customer may deduct these damages from any amount due to the Vendor.
P:5.3 The Vendor shall assign a named project manager and keep the same key personnel on the project until Final Acceptance, unless the Customer agrees to a change.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall operate in production for 30 days. During that period the Customer shall verify that: (a) all work order, preventive maintenance and spare part functions described in the functional specification work as specified; (b) migrated asset and spare part records reconcile with the source data; (c) the interface to the Customer's ERP system transfers purchase requests and costs without error; (d) the mobile application works offline and synchronises within five minutes of reconnecting; and (e) no Severity 1 defect remains open.
P:6.2 If the criteria are met, the Customer shall issue a Final Acceptance certificate within 10 days. If they are not met, the Vendor shall correct the defects and the test shall be repeated at the Vendor's cost.
P:6.3 Use of the Software in production, Go-Live or any payment does not constitute Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates and support free of charge.
P:7.2 Severity 1 incidents (the Software is unavailable at a plant or work orders cannot be created) shall receive a response within 1 hour and a workaround or fix within 8 hours, at any time of day. Severity 2 incidents shall receive a response within 2 business hours.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000, deductible from any amount due.
P:7.4 After the Warranty Period the Customer may order annual support at a fee of 13% of the licence subtotal per year, namely CNY 98,280 per year. This fee is fixed for the first three support years; any later change must be agreed in writing and shall not exceed 3% per year. Support is ordered by purchase order and does not renew automatically.
H:Article 8 Intellectual Property in Custom Deliverables
P:8.1 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance.
P:8.2 The Customer may use, modify and license the Custom Deliverables freely, including to third parties maintaining its systems.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through remote sessions approved by the Customer for each occasion, using multi-factor authentication, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Customer Data shall be transferred outside the Customer's data centre.
P:9.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in the response, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Contract Price, except for breach of Articles 9 and 10, infringement of third-party rights, personal injury and wilful misconduct, which are not limited.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 5.2 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted.
H:Article 14 Governing Law and Arbitration
P:14.1 This Agreement is governed by the laws of the Republic of Costa Rica.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the International Centre for Conciliation and Arbitration of the Costa Rican-American Chamber of Commerce, seated in San José, Costa Rica, in the English language.
H:Article 15 Training and Documentation
P:15.1 The Vendor shall train six system administrators and up to forty technicians at the Customer's plants in Hohhot, in Chinese with the help of an interpreter provided by the Vendor, before Go-Live.
P:15.2 The Vendor shall deliver administrator, user and technician manuals, an installation guide and the interface specification in English and Chinese, and shall update them when it delivers new versions during the Warranty Period.
H:Article 16 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. If such an event lasts more than 60 days, either party may end this Agreement by written notice, and the Vendor shall refund amounts paid for services not yet performed.
H:Article 17 General
P:This Agreement, with its functional specification and project plan, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be sent by e-mail and courier to the addresses above.
P:For the Vendor: Pura Logic Systems S.A.    Name / Title / Signature / Date
P:For the Customer: Hohhot Grassland Dairy Co., Ltd.    Name / Title / Signature / Date
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
H422E02 = """# Order Form No. CCS-2026-0311

**Canal Cloud Software, S.A.**, Torre Las Américas, Punta Pacífica, Panama City, Republic of Panama ("Provider")

**Chengdu Jinli Property Management Co., Ltd.**, 17 Tianfu Avenue, Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the General Terms set out below. In case of conflict, this Order Form prevails. At the Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

## Part A: Order Details

| Item | Description | Quantity | Fee (CNY) |
|---|---|---|---|
| 1 | FacilityDesk Professional subscription: work orders, visitor registration, inspection rounds, tenant app | 38 properties | 264,000 per Subscription Year |
| 2 | Onboarding: configuration, import of property and asset data, integration with Customer's access-control system, training | one-off | 36,000 |
| | Total fees for the Subscription Term (2 × 264,000 + 36,000) | | 564,000 |

- **Subscription Term:** 1 July 2026 to 30 June 2028 (two Subscription Years). "Subscription Year" means each period from 1 July to 30 June.
- **Invoicing:** Subscription fees are invoiced quarterly in advance at the start of each calendar quarter of the Subscription Term (CNY 66,000 per quarter). The onboarding fee is invoiced after Go-Live Acceptance. Nothing is invoiced before the Subscription Term starts.
- **Payment terms:** 30 days from the date of a correct invoice.
- **Go-Live date:** Provider shall complete onboarding by 1 July 2026.
- **Hosting region:** Provider's cloud tenancy in mainland China (Shanghai region), operated through Provider's local hosting partner.
- **Renewal:** The subscription ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

## Part B: General Terms

### Section 1 Services

1.1 Provider shall make the subscribed service available to Customer's authorised users for the Subscription Term and perform the onboarding described in Part A.

1.2 Customer may add properties during the Subscription Term at the per-property rate of the then current Subscription Year, pro rata.

1.3 Provider may improve the service from time to time, provided that it does not materially reduce the functions Customer has subscribed to.

### Section 2 Onboarding and Acceptance

2.1 Provider shall complete onboarding by the Go-Live date. For each day of delay caused by Provider, Provider shall pay Customer CNY 600, up to CNY 36,000 in total.

2.2 Go-Live Acceptance tests: (a) all 38 properties, their buildings and units are configured and reconcile with Customer's property list; (b) imported asset records reconcile with Customer's source files; (c) visitor registration opens the access-control gates at five sample properties; (d) work orders flow from the tenant app to technicians and back; and (e) ten days of use without a Priority 1 incident.

2.3 When the tests are passed, Customer shall sign a Go-Live Acceptance certificate within five business days. Use of the service by Customer's staff before that does not constitute acceptance.

### Section 3 Service Levels

3.1 Provider shall keep the service available 99.95% of each calendar month, excluding planned maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China time.

3.2 Provider shall respond to Priority 1 incidents (the service is unavailable to all users or visitor registration fails at all properties) within 30 minutes, around the clock, and restore the service within 3 hours. Priority 2 incidents receive a response within 2 hours during business hours.

3.3 If monthly availability falls below the commitment in Section 3.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point (or part of it) by which availability falls short, up to 50% of that share. Each late Priority 1 response gives a credit of CNY 1,000. Credits are deducted from the next invoice.

### Section 4 Customer Data

4.1 All data that Customer or its users enter into the service, including tenant, visitor and staff information, work orders and photographs ("Customer Data"), belongs to Customer.

4.2 Provider may process Customer Data only to provide the service to Customer under this Agreement, and shall not sell it, use it for any other purpose, or disclose it to third parties except its hosting partner named in Part A.

4.3 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in CSV format and then delete it from the service.

### Section 5 Customer Configurations

Workflows, forms, inspection checklists and report templates configured for Customer belong to Customer, and Customer may export, modify and use them freely, including with another provider.

### Section 6 Confidentiality

6.1 Each party shall keep confidential any non-public information disclosed by the other party, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent.

6.2 This Section survives termination for three years.

### Section 7 Subcontracting

Provider shall not subcontract the performance of the service to anyone other than the hosting partner named in Part A without Customer's prior written consent. Provider remains responsible for its subcontractors.

### Section 8 Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the 6 months preceding the event giving rise to the claim.

### Section 9 Term and Termination

9.1 This Agreement runs for the Subscription Term unless terminated earlier.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund any prepaid fees for the period after termination.

9.3 On termination Section 4.3 applies.

### Section 10 Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of submission. The arbitral award is final and binding on both parties.

### Section 11 Account Management

11.1 Each party shall name an account manager in writing before Go-Live, and keep the name and telephone number up to date.

11.2 Once in each Subscription Year, Provider shall present its product plans for the service to Customer and collect Customer's requests for new functions.

### Section 12 Customer Responsibilities

12.1 Customer shall keep its user accounts and passwords secure, assign user roles appropriately, and promptly remove users who leave its organisation.

12.2 Customer is responsible for the accuracy of the data it enters and for obtaining any consent needed from tenants and visitors before their information is entered into the service.

12.3 Customer shall not use the service to send unsolicited messages or to store content that breaks the law.

### Section 13 Training and Support

13.1 During onboarding, Provider shall train up to 60 property managers and technicians in four online sessions and one on-site session in Chengdu, delivered in Chinese.

13.2 Provider shall keep a Chinese-language help centre and provide e-mail and telephone support during China business hours on working days, in addition to the Priority 1 cover in Section 3.2.

13.3 Provider shall hold a service review with Customer at the end of each calendar quarter, covering availability, incidents, open requests and planned changes to the service.

### Section 14 Changes to the Service

14.1 Provider shall give Customer at least 30 days' notice of any change that affects the way Customer's users work, together with updated user guides.

14.2 Provider shall not remove a function used by Customer during the Subscription Term without offering an equivalent function at no extra charge.

### Section 15 Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or action of a government, provided that it notifies the other party without delay. This does not excuse Provider from restoring the service under its business continuity arrangements.

### Section 16 Data Export During the Term

16.1 At any time during the Subscription Term, Customer's administrators may export work orders, inspection records, visitor logs and asset records in CSV or Excel format through the service, without charge.

16.2 On request, Provider shall provide a complete export of Customer Data within ten business days, for example for an audit or for Customer's own reporting systems.

### Section 17 Invoices and Taxes

Invoices shall be issued in the name of Customer's Chengdu entity and show the Order Form number, the period covered and any credits deducted. Fees include all taxes that Provider is required to pay. Provider shall issue the tax invoices required for Customer to account for the payments in China.

### Section 18 General

18.1 Notices must be in writing and sent to the addresses above by courier or e-mail.

18.2 Neither party may assign this Agreement without the other party's prior written consent.

18.3 This Order Form and the General Terms are the entire agreement of the parties on their subject matter.

**Signed for Provider:** ______________________  Name, title, date

**Signed for Customer:** ______________________  Name, title, date
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table, buyer's paper)
H422E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GRAIN STORAGE MONITORING SENSORS
P:Contract No. NJGR-2026-SB-07
P:Buyer: Nanjing Jiangbei Grain Reserve Co., Ltd., 210 Binjiang Road, Pukou District, Nanjing, People's Republic of China (the "Buyer").
P:Supplier: Quetzal Sensor Works, S.A., 4a Calle 12-30, Zona 3, Quetzaltenango, Guatemala (the "Supplier").
P:Background: The Buyer operates twelve grain silos and four flat warehouses at its Pukou depot. It wishes to replace its manual temperature checks with a cable-based monitoring system. The Supplier was selected after a competitive tender. This Contract is on the Buyer's standard terms. At the Buyer's request, all prices are in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, weather stations and accessories listed in Clause 3.
P:1.2 "Software" means the monitoring console licensed under Clause 3, including its alarm and reporting functions.
P:1.3 "Site" means the Buyer's Pukou depot.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 6.
H:2. Scope
P:2.1 The Supplier shall supply, deliver, install, configure and commission the Equipment and the Software at the Site, train the Buyer's staff, and provide warranty and support as set out below.
P:2.2 The Supplier shall provide all tools, lifting gear and materials needed for installation inside the silos, and shall comply with the Buyer's safety rules for work at height and in confined spaces.
H:3. Price
P:3.1 The Contract Price is CNY 880,000, fixed, inclusive of delivery to the Site, import duties, taxes and insurance:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 18 sensing points each|320|1,150|368,000
TB:2|Humidity and CO2 sensors|64|2,350|150,400
TB:3|Wireless gateways with backup batteries|16|6,800|108,800
TB:4|Weather stations|2|18,600|37,200
TB:5|Monitoring console software, perpetual site licence|1|96,000|96,000
TB:|Equipment and licence subtotal|||760,400
TB:6|Installation at the Site|1|88,600|88,600
TB:7|Commissioning and training|1|31,000|31,000
TB:|Contract Price|||880,000
P:3.2 No other charges are payable by the Buyer.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 65% of the Contract Price (CNY 572,000) is payable within 30 days after the Buyer signs the installation certificate confirming that all Equipment is delivered and installed. The installation certificate is not acceptance.
P:4.3 35% of the Contract Price (CNY 308,000) is payable within 30 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to the Site within 75 days and complete installation within 120 days after signature.
P:5.2 If the Supplier fails to meet either date, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct the damages from any payment.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensing point reports to the console at intervals of no more than 10 minutes; (b) temperatures measured by 5% of the sensing points, chosen by the Buyer, match a calibrated reference thermometer within 0.5 °C; (c) high-temperature and sensor-fault alarms reach the console and the duty officers' phones within 60 seconds; (d) the console produces the daily grain condition reports required by the Buyer's storage rules; and (e) no Severity 1 fault occurs in the last 10 days of the run.
P:6.2 If the criteria are met, the Buyer issues the Final Acceptance certificate within 7 days. Otherwise the Supplier shall correct the faults and the run is repeated at its cost.
P:6.3 Installation, use of the system or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty it shall repair or replace defective items free of charge, including parts, labour and travel.
P:7.2 Severity 1 faults (loss of readings from a whole silo or warehouse, or of the console) shall receive a response within 1 hour and be fixed within 24 hours. Other faults shall be fixed within 3 business days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or fix time, it shall pay the Buyer CNY 800.
P:7.4 After the warranty the Buyer may order support at an annual fee of 8% of the equipment and licence subtotal (CNY 60,832 per year). The fee is fixed for two support years. Support does not renew automatically and is ordered in writing.
H:8. Data and Security
P:8.1 All readings, alarms, site layouts and reports produced by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The system shall run on the Buyer's own servers. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN with individual accounts; the Supplier shall not copy Buyer Data to its own systems.
P:8.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the system or Buyer Data and is liable for the losses caused by its breach of this Clause.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the standard Equipment firmware and Software.
P:9.2 Site configurations, silo layout drawings, alarm rules and report templates made for the Buyer belong to the Buyer, which may use and modify them freely.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's storage volumes and site drawings, and shall not disclose it without prior written consent. This Clause survives termination.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:14. Delivery, Packing and Title
P:14.1 The Supplier shall pack the Equipment for sea and road transport and for storage in a humid environment, marked with the Contract number and the item numbers in Clause 3.
P:14.2 Title to each item of Equipment passes to the Buyer on delivery to the Site. Risk passes on delivery, except that the Supplier remains responsible for damage caused by its own staff during installation.
P:14.3 The Supplier shall provide certificates of origin, factory test reports and calibration certificates for each temperature cable, humidity sensor and weather station.
H:15. Personnel and Site Rules
P:15.1 The Supplier shall name a site manager who speaks Chinese or is assisted by an interpreter at all times while work is carried out at the Site.
P:15.2 The Supplier's staff shall follow the Buyer's rules on fumigation schedules, access to silos, fire safety and work at height. The Buyer may require the removal of any person who breaks them.
P:15.3 The Supplier shall insure its staff against accidents and hold public liability insurance for the duration of the work at the Site.
H:16. Training and Documentation
P:16.1 The Supplier shall train up to twenty of the Buyer's storage keepers and technicians in the use of the console, the handling of alarms, sensor replacement and battery changes. Training shall be given at the Site in Chinese.
P:16.2 The Supplier shall deliver operation and maintenance manuals in Chinese, as-built drawings showing the position of every sensing point, and a spare parts list with prices valid for the warranty period.
H:17. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. Delivery dates are extended by the duration of the event.
H:18. Inspection and Testing Before Shipment
P:18.1 The Buyer may send its representatives to witness factory tests of the temperature cables and gateways before shipment. The Supplier shall give the Buyer at least 14 days' notice of the test date.
P:18.2 Witnessing of factory tests, or the Buyer's failure to attend, does not relieve the Supplier of its obligations under this Contract and is not acceptance.
H:19. Spare Parts
P:19.1 The Supplier shall deliver with the Equipment a set of spare parts consisting of ten temperature cables, four humidity and CO2 sensors, one gateway and twenty batteries, included in the Contract Price.
P:19.2 The Supplier shall make spare parts for the Equipment available for at least eight years after Final Acceptance. If an item is discontinued, the Supplier shall offer a compatible replacement at a price no higher than the original item.
H:20. Notices
P:Notices shall be in writing, in Chinese or English, and delivered by courier or e-mail to the addresses above or to any other address a party notifies in writing.
H:21. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules as tables)
H422E04 = """# MANAGED BACKUP AND ENDPOINT SERVICES AGREEMENT

Agreement reference: LMS-QD-2026-02

Between **Lempira Managed IT, S. de R.L.**, Colonia Trejo, 5a Avenida, San Pedro Sula, Honduras ("Provider"), and **Qingdao Haiyue Seafood Processing Co., Ltd.**, 66 Haier Road, Laoshan District, Qingdao, People's Republic of China ("Customer").

Customer runs two processing plants, a cold store and a sales office, with about 420 laptops and desktops and 28 servers. Customer wishes to outsource the backup of its servers and the management of its endpoints to Provider. Charges are in Chinese yuan (CNY), as requested by Customer.

## 1. Services

1.1 Provider shall provide the services described in Schedule 1 (the "Services") from the Service Commencement Date for the Initial Term of 36 months.

1.2 Provider shall deliver the Services remotely from its operations centre, using a backup platform hosted in Customer's Qingdao data room and a cloud copy in a mainland China region chosen by Customer.

## 2. Transition

2.1 Provider shall complete the transition set out in Schedule 1, Part B, by 1 June 2026 (the "Service Commencement Date").

2.2 If transition is not completed by the Service Commencement Date for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.02% of the Total Contract Value for each day of delay.

2.3 Service acceptance: transition is accepted when (a) every server in Schedule 1 has completed a full backup and a test restore; (b) at least 95% of endpoints report to the management console; (c) the runbooks have been approved by Customer; and (d) ten business days have passed without a Priority 1 incident. Customer then signs a Service Acceptance certificate. Starting the Services is not acceptance.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,600,000.

3.2 The transition fee is invoiced after Service Acceptance. Monthly charges are invoiced monthly in arrears. No amount is payable in advance.

3.3 Customer shall pay correct invoices within 30 days.

## 4. Service Levels

4.1 Provider shall meet the service levels in Schedule 3.

4.2 If Provider misses a service level, Customer receives the service credits in Schedule 3, deducted from the next invoice.

## 5. Customer Data

5.1 All data backed up, stored or processed by Provider for Customer ("Customer Data") belongs to Customer and may be used by Provider only to perform the Services.

5.2 Provider shall encrypt backups in transit and at rest, keep the encryption keys under Customer's control, restrict access to named engineers with multi-factor authentication, log every access and never move Customer Data outside mainland China.

5.3 Provider shall notify Customer within 12 hours of any security incident affecting Customer Data, shall help Customer to contain it, and is liable for the losses caused by its breach of this Clause 5.

## 6. Intellectual Property

Runbooks, scripts, backup policies and configurations prepared for Customer belong to Customer, which may use and modify them and give them to a successor provider.

## 7. Confidentiality

Each party shall keep the other party's non-public information confidential and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 8. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 9. Liability

Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of Clauses 5 and 7 and wilful misconduct.

## 10. Term and Termination

10.1 This Agreement runs from signature until the end of the Initial Term. It ends then unless the parties sign a written extension.

10.2 Neither party may terminate this Agreement before the end of the Initial Term. If Provider fails to perform, Customer's remedies are the service credits in Schedule 3 and a claim for damages under Clause 9; Customer may not terminate this Agreement for that reason.

10.3 At the end of the Agreement, Provider shall hand over all Customer Data, keys and runbooks to Customer or its new provider and then delete its copies.

## 11. Governance

11.1 Each party shall name a service manager. The service managers shall meet monthly by video conference to review the service report, open incidents, changes and risks.

11.2 Provider shall send the monthly service report within five business days after the end of each month. The report shows performance against each service level in Schedule 3, the credits due, the results of restore tests and the status of endpoint patching.

11.3 Once in each quarter, the parties shall hold a review meeting with Customer's IT manager to agree improvements and plan changes for the next quarter.

## 12. Changes

12.1 Either party may propose a change to the Services in writing. Provider shall reply within ten business days with the effect on the charges, the service levels and the timetable.

12.2 No change is binding until both parties sign a written change note. Additional endpoints or servers within 10% of the numbers in Schedule 1 are covered by the monthly charge.

## 13. Customer Responsibilities

13.1 Customer shall give Provider the network access, administrator accounts and information reasonably needed to perform the Services, and keep its own firewalls and internet connection in working order.

13.2 Customer shall tell Provider in advance about planned changes to its servers, network or applications that could affect the backups.

## 14. Personnel

14.1 Provider shall use suitably qualified engineers who have passed background checks. Provider shall keep a list of the engineers who can access Customer's systems and update it whenever someone joins or leaves.

14.2 Customer may ask Provider to remove an engineer from its account for good reason, and Provider shall do so promptly.

## 15. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. Provider's business continuity plan shall provide for a second operations team so that the Services can continue if one location is affected.

## 16. Notices

Notices shall be in writing in English or Chinese and sent by e-mail with confirmation by courier to the addresses above. Operational messages between the service managers, such as incident updates and change approvals, may be exchanged through the service desk portal.

## 17. Security Testing and Audit

17.1 Once in each calendar year, Customer or an auditor appointed by Customer may review Provider's security controls for the Services, on 15 business days' notice, at Customer's cost. Provider shall answer reasonable questions and show the relevant records.

17.2 Provider shall carry out a vulnerability scan of the backup platform each quarter and report the findings and the planned fixes to Customer.

## 18. Exit Assistance

18.1 During the last three months of the Initial Term, or after notice of non-extension, Provider shall help Customer to move the Services to Customer or to a new provider, including handing over restore procedures, backup catalogues and configuration records.

18.2 Exit assistance within the scope of this Clause is included in the monthly charge.

## 19. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao.

## Schedule 1: Services

| Part | Service | Description |
|---|---|---|
| A1 | Server backup | Daily incremental and weekly full backup of 28 servers; copy to cloud region; 90-day retention |
| A2 | Restore | Restores on request; quarterly restore test of three servers chosen by Customer |
| A3 | Endpoint management | Patching, antivirus, disk encryption and software distribution for about 420 endpoints |
| A4 | Service desk | English and Chinese service desk by phone, e-mail and portal, around the clock |
| A5 | Reporting | Monthly service report and quarterly review meeting |
| B | Transition | Install backup platform, enrol servers and endpoints, write runbooks, first full backups |

## Schedule 2: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-off, after Service Acceptance | 70,000 |
| Monthly service charge | 36 months × 42,500 | 1,530,000 |
| Total Contract Value | | 1,600,000 |

## Schedule 3: Service Levels and Credits

| Measure | Target | Credit if missed |
|---|---|---|
| Backup platform availability | 99.95% per month | 5% of the monthly charge |
| Priority 1 response (backup failure of a production server, ransomware alert, restore needed for production) | 30 minutes | CNY 1,000 per hour late |
| Priority 1 restore start | 2 hours | CNY 1,000 per hour late |
| Priority 2 response | 2 business hours | CNY 300 per hour late |
| Successful daily backups | 98% of jobs per month | 3% of the monthly charge |

Signed for Provider: ____________________  Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, data API subscription)
H422E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement number: BRD-WH-2026-09

PARTIES
Barrier Reef Data Ltd., 14 Regent Street, Belize City, Belize ("Provider").
Wuhan Changjiang Freight Forwarding Co., Ltd., 301 Jianshe Avenue, Jianghan District, Wuhan, People's Republic of China ("Customer").

BACKGROUND
Provider collects and publishes vessel positions, port call schedules and container line timetables through a web API. Customer, a freight forwarder, wishes to receive these data in its booking and tracking systems. All fees are in Chinese yuan (CNY) at Customer's request.

DEFINITIONS
"API" means Provider's ShipLine data interface, version 3, and its documentation.
"Provider Data" means the vessel, port and schedule data delivered through the API.
"Query Data" means the queries Customer sends to the API, including booking references, container numbers and customer names, together with Customer's account and usage logs.
"Subscription Year" means the period from 1 August 2026 to 31 July 2027, or the period from 1 August 2027 to 31 July 2028.
"Start Date" means 1 August 2026.

SUBSCRIPTION
Provider grants Customer, for the Subscription Term from the Start Date to 31 July 2028, a non-exclusive, non-transferable right to call the API and use Provider Data in Customer's own booking, tracking and customer notification systems, and to show Provider Data to Customer's own clients within those systems. Customer shall not resell Provider Data as a separate data product.

The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that quota are charged at CNY 6 per 1,000 calls and invoiced quarterly in arrears.

FEES AND INVOICING
Subscription fee: CNY 216,000 per Subscription Year, CNY 432,000 for the Subscription Term.
Set-up fee: CNY 12,000, one-off, covering the adapter described below.
Total fixed fees: CNY 444,000 (excluding usage above the quota).
The subscription fee is invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 54,000 per quarter). The set-up fee is invoiced after Activation Acceptance. Nothing is invoiced before the Start Date. Invoices are payable within 30 days.

SET-UP AND ACTIVATION
Provider shall build a field-mapping adapter that converts Provider Data into the message format of Customer's tracking system, and shall activate Customer's production API keys by the Start Date.
Activation Acceptance: Customer tests 200 sample queries chosen by Customer. Acceptance requires that (a) at least 195 return complete vessel and schedule fields; (b) the adapter's output loads into Customer's tracking system without errors; and (c) average response time is under 2 seconds. Customer confirms acceptance in writing; use of the API before that is not acceptance.
If activation is late for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

SERVICE AND SUPPORT
Provider will use commercially reasonable efforts to keep the API available and to correct errors in Provider Data when it becomes aware of them. Provider does not guarantee any particular availability, update frequency or response time. Support requests may be sent by e-mail and will be handled in the order received during Provider's business hours.

ADAPTER
The field-mapping adapter and its source code belong to Customer on delivery. Customer may modify it and have it maintained by others. Provider Data and the API remain Provider's property.

QUERY DATA AND SECURITY
Query Data belongs to Customer. Provider shall use it only to answer Customer's queries and to invoice usage, and shall not sell, analyse or disclose it for any other purpose.
Provider shall protect Query Data by encryption in transit and at rest, access limited to named staff, logging of access and deletion of query logs after 90 days. Provider shall notify Customer within 48 hours of any unauthorised access to Query Data or to Customer's API keys, shall help Customer to limit the consequences and is liable for the losses caused by its failure to comply with this clause.

SUBCONTRACTING
Provider shall not subcontract the operation of the API or the processing of Query Data without Customer's prior written consent.

WARRANTIES
Provider warrants that it has the right to grant the licence in this Agreement and that Customer's use of Provider Data as permitted here does not infringe third-party rights. Provider shall indemnify Customer against third-party claims to the contrary.

LIABILITY
Neither party is liable for indirect or consequential loss. Provider's total liability under this Agreement is limited to 150% of the total fixed fees, except for breach of the clause on Query Data and Security and for the indemnity above.

TERM AND TERMINATION
This Agreement runs for the Subscription Term and ends at its end unless the parties agree in writing to extend it. Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice; Provider shall then refund fees paid for the period after termination. Provider may terminate if Customer fails to pay undisputed fees within 30 days after a reminder.

CUSTOMER OBLIGATIONS
Customer shall keep its API keys secret, use them only in its own systems and tell Provider at once if it suspects that a key has been disclosed. Customer is responsible for the calls made with its keys until it reports such a disclosure.
Customer shall not attempt to copy the whole of Provider Data, to work around the quota, or to interfere with the operation of the API.
Customer shall show the source "ShipLine data by Barrier Reef Data" where Provider Data is shown to Customer's clients.

DATA QUALITY
Provider collects vessel positions from terrestrial and satellite receivers and schedules from carriers and port authorities. Provider shall describe its sources and update practices in the documentation and shall tell Customer in advance of any change that removes a data field used by the adapter.
If Customer reports that a record in Provider Data is wrong, Provider shall check it and correct it where the error is confirmed.

CHANGES TO THE API
Provider may release new versions of the API. Provider shall support version 3 for the whole Subscription Term, shall give Customer at least 90 days' notice of any change that is not backward compatible, and shall update the adapter for such a change at no charge.

USAGE REPORTS
Provider shall give Customer access to an online dashboard showing calls made, quota used and errors returned, by day and by API key. Quarterly usage invoices shall be supported by the dashboard figures.

TRAINING
Provider shall hold two online workshops for Customer's developers and operations staff before the Start Date, covering authentication, query types, error handling and the adapter.

FORCE MAJEURE
Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, failures of public networks or action of a government, if it notifies the other party promptly. If such an event prevents use of the API for more than 30 days in a row, Customer may end this Agreement and receive a refund of fees paid for the period after that date.

EXPORT AND SANCTIONS
Each party shall comply with the export control and sanctions laws that apply to it. Provider confirms that Provider Data contains no technology subject to export licensing.

SUSPENSION
Provider may suspend access to the API only if Customer's systems are causing a security threat to the API, or if undisputed fees remain unpaid 30 days after a written reminder. Provider shall give Customer prior notice of a suspension where possible, limit it to what is necessary and restore access as soon as the reason has been removed.

CUSTOMER'S CLIENTS
Customer may allow its own clients to see Provider Data in Customer's tracking portal and notifications. Customer shall make its clients aware that the data is provided for information and that vessel arrival times are estimates. Customer remains responsible for the use its clients make of the portal.

RECORDS AND AUDIT
Customer shall keep records of the systems in which Provider Data is used. Once during the Subscription Term, on 30 days' notice, Provider may ask Customer to confirm in writing that its use of Provider Data complies with this Agreement.

NOTICE OF INCIDENTS AFFECTING PROVIDER DATA
Provider shall publish known outages of the API and major gaps in Provider Data on its status page, and shall send an e-mail to Customer's technical contact when such an outage or gap affects the data fields used by the adapter.

INVOICE QUERIES
If Customer disputes an invoice in good faith, it shall tell Provider the reason within 15 days and pay the undisputed part. The parties shall try to settle the disputed part within 30 days.

GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

GENERAL
Notices shall be sent by e-mail with a copy by courier. Neither party may assign this Agreement without the other's written consent. This Agreement is the entire agreement of the parties on its subject.

Signed for Provider: ____________________  Date: __________
Signed for Customer: ____________________  Date: __________
"""

# ================================================================ files
SOURCES = {"h422z01": H422Z01, "h422z02": H422Z02, "h422e01": H422E01, "h422e03": H422E03}
TARGETS = {"h422z01": ("h422z01_forestry_fire_monitoring_platform.pdf", "pdf"),
           "h422z02": ("h422z02_carton_plant_corrugator_control_retrofit.docx", "docx"),
           "h422e01": ("h422e01_dairy_cmms_licence_costa_rica_vendor.pdf", "pdf"),
           "h422e03": ("h422e03_grain_depot_silo_sensors_guatemala_vendor.docx", "docx")}
PLAIN = {"h422z03": ("h422z03_optical_chain_booking_membership_saas.txt", H422Z03),
         "h422z04": ("h422z04_archives_digital_records_system_om.txt", H422Z04),
         "h422z05": ("h422z05_rice_noodle_aps_supplier_template.md", H422Z05),
         "h422e02": ("h422e02_facility_saas_order_form_panama_vendor.md", H422E02),
         "h422e04": ("h422e04_managed_backup_endpoint_honduras_vendor.md", H422E04),
         "h422e05": ("h422e05_shipping_data_api_belize_vendor.txt", H422E05)}
NAMES = {k: v[0] for k, v in TARGETS.items()} | {k: v[0] for k, v in PLAIN.items()}
ORDER = ["h422z01", "h422z02", "h422z03", "h422z04", "h422z05", "h422e01", "h422e02", "h422e03", "h422e04", "h422e05"]

# ================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
GOOD = dict(availability_pct=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True,
            confidentiality=True, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
            auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
            governing_law="PRC", warranty_months=None, post_warranty_fee_pct=None, final_payment_on_acceptance=None)

# per draft: terms (over GOOD), extra, design (category, forum outside mainland, TCO inputs, my design list of rules)
D = {
 "h422z01": dict(lang="zh", category="software", value=2120000, forum_out=False,
      t=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
      capped=True, fee_base=1180000, sums=[(1180000 + 760000 + 146000 + 34000, 2120000), (424000 + 954000 + 742000, 2120000)],
      design=["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
 "h422z02": dict(lang="zh", category="hardware", value=1980000, forum_out=False,
      t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20, final_payment_on_acceptance=True,
             warranty_months=18, post_warranty_fee_pct=26, subcontract_without_consent=True, contract_kind="goods_or_licence"),
      capped=True, fee_base=1714000,
      sums=[(486000 + 612000 + 128000 + 96000 + 318000 + 74000, 1714000), (1714000 + 152000 + 96000 + 18000, 1980000),
            (396000 + 990000 + 495000 + 99000, 1980000), (6 * 16000, 96000), (round(1714000 * 0.26), 445640)],
      design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 "h422z03": dict(lang="zh", category="cloud", value=961000, forum_out=False,
      t=dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=800 / 961000 * 100,
             liability_cap_pct=150, auto_renewal_price_increase=True, contract_kind="service"),
      sums=[(41 * 6800, 278800), (3 * 278800 + 124600, 961000), (278800 // 4, 69700)],
      design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
 "h422z04": dict(lang="zh", category="services", value=468000, forum_out=False,
      t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, contract_kind="service"),
      sums=[(286000 + 74000 + 62000 + 46000, 468000), (4 * 117000, 468000)], design=[]),
 "h422z05": dict(lang="zh", category="software", value=900000, forum_out=False,
      t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=None, liability_cap_pct=20,
             prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
             post_warranty_fee_pct=None, subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
      capped=False, fee_base=420000, ld_stated=False, deemed=True,
      sums=[(420000 + 360000 + 96000 + 24000, 900000), (450000 * 2, 900000)],
      design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "h422e01": dict(lang="en", category="software", value=1152000, forum_out=True,
      t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
             final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13, governing_law="Costa Rica",
             contract_kind="goods_or_licence"),
      capped=True, fee_base=756000,
      sums=[(60 * 9800, 588000), (40 * 4200, 168000), (588000 + 168000, 756000), (756000 + 312000 + 58000 + 26000, 1152000),
            (115200 + 633600 + 403200, 1152000), (round(756000 * 0.13), 98280)],
      design=["CR-GOVERNING-LAW"]),
 "h422e02": dict(lang="en", category="cloud", value=564000, forum_out=False,
      t=dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=600 / 564000 * 100,
             liability_cap_pct=6 / 24 * 100, contract_kind="service"),
      sums=[(2 * 264000 + 36000, 564000), (264000 // 4, 66000)],
      design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
 "h422e03": dict(lang="en", category="hardware", value=880000, forum_out=False,
      t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, final_payment_on_acceptance=True,
             warranty_months=36, post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
      capped=True, fee_base=760400,
      sums=[(320 * 1150, 368000), (64 * 2350, 150400), (16 * 6800, 108800), (2 * 18600, 37200),
            (368000 + 150400 + 108800 + 37200 + 96000, 760400), (760400 + 88600 + 31000, 880000),
            (572000 + 308000, 880000), (round(760400 * 0.08), 60832)],
      design=[]),
 "h422e04": dict(lang="en", category="services", value=1600000, forum_out=False,
      t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.02, liability_cap_pct=150,
             termination_for_breach=False, contract_kind="service"),
      sums=[(36 * 42500, 1530000), (1530000 + 70000, 1600000)],
      design=["CR-LD-LOW", "CR-TERMINATION"]),
 "h422e05": dict(lang="en", category="cloud", value=444000, forum_out=False, sla=False,
      t=dict(p1_response_hours=None, sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=400 / 444000 * 100,
             liability_cap_pct=150, contract_kind="service"),
      sums=[(2 * 216000, 432000), (432000 + 12000, 444000), (216000 // 4, 54000)],
      design=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}


def terms(k):
    d = D[k]
    t = dict(GOOD)
    t.update(d["t"])
    if "p1_response_hours" not in t:
        raise AssertionError(k)
    return {key: t[key] for key in KEYS}


def extra(k):
    d, t = D[k], terms(k)
    e = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        e["post_warranty_fee_capped"] = d["capped"]
    e["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    e["contract_value"] = d["value"]
    return e


def tco_share(k):
    """policy.md section 4: horizon 5 years from acceptance; fees for every year after the warranty (pro rata);
    fee base = the itemised licence / hardware subtotal. None when not computable."""
    t, d = terms(k), D[k]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (d["value"] + fees) * 100, fees, d["value"] + fees


def rules(k):
    """My reading of policy.md section 3, applied to the labels (no project code)."""
    t, e, d = terms(k), extra(k), D[k]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(k)
        if s is not None and s[0] > 40:
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


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rs):
    sev = [SEV.get(x, "medium") for x in rs]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ================================================================ threshold scan
NUMW = r"(?:\s*(?:%|％|per\s*cent|percent))"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)" + NUMW, r"(?<![\d.])100(?:\.0+)?" + NUMW, r"(?<![\d.])30(?:\.0+)?" + NUMW,
    r"(?<![\d.])40(?:\.0+)?" + NUMW, r"(?<![\d.])15(?:\.0+)?" + NUMW, r"(?<![\d.])0\.050*(?!\d)" + NUMW,
    r"(?<![\d.])4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时|钟头)", r"(?<![\d.])240\s*(?:-\s*)?(?:minutes?|mins?|分钟)",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![\d.])60\s*(?:-\s*)?(?:months?|个月)",
    r"(?<![\d.])1\s*(?:-\s*)?(?:years?|年)", r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)",
    r"(?<![十二三四])四(?:个)?小时", r"二百四十分钟", r"万分之五(?![十一二三四五六七八九点])", r"千分之零点五", r"百分之零点零五",
    r"百分之百", r"百分之一百(?![零一二三四五六七八九十])", r"百分之三十(?![一二三四五六七八九点])", r"三成",
    r"百分之四十(?![一二三四五六七八九点])", r"四成", r"百分之十五(?![点])", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![一二三四五六七八九])十二个月", r"六十个月", r"(?<![一二三四五六七八九十〇零])一年", r"(?<![一二三四五六七八九十〇零])五年",
    r"(?i)four\s*(?:-\s*)?hours?", r"(?i)twelve\s*(?:-\s*)?(?:\(12\)\s*)?months?", r"(?i)\bone\s*(?:-\s*)?years?",
    r"(?i)\bfive\s*(?:-\s*)?(?:\(5\)\s*)?years?", r"(?i)sixty\s*(?:-\s*)?months?", r"(?i)thirty\s*(?:per\s*cent|percent)",
    r"(?i)forty\s*(?:per\s*cent|percent)", r"(?i)fifteen\s*(?:per\s*cent|percent)", r"(?i)(?:one\s*)?hundred\s*(?:per\s*cent|percent)",
    r"(?i)two\s*hundred\s*(?:and\s*)?forty\s*minutes", r"(?i)ninety[\s-]*nine\s*point\s*nine",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "100%", "100 per cent", "30%", "30 %", "40%", "15%", "0.05%", "0.05 per cent",
            "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "240 minutes", "12个月", "12 months",
            "十二个月", "twelve months", "twelve-month", "60 months", "六十个月", "一年", "one year", "1 year", "五年", "5年",
            "5 years", "five years", "万分之五", "百分之百", "百分之三十", "三成", "四成", "百分之四十", "百分之十五",
            "fifteen per cent", "thirty percent", "one hundred per cent", "第一年"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "万分之三", "服务年度", "Subscription Year", "14小时", "0.5%", "130%", "36 months", "十八个月", "24 months",
             "25%", "0.045元", "5 business days", "三年", "2 hours", "1,150", "105%", "300%", "0.02%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
        assert hits("前后文字 " + s + " 前后文字"), ("must hit in context", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(k, text):
    if D[k]["lang"] == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    covered = set()
    problems = []
    for k in ORDER:
        d = D[k]
        for got, want in d["sums"]:
            assert got == want, (k, got, want)
        rs = rules(k)
        assert rs == sorted(d["design"]), (k, rs, d["design"])
        covered |= set(rs)
        t = terms(k)
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        s = tco_share(k)
        if s is not None:
            assert abs(s[0] - 40) > 2, (k, s)
        label = {"file": NAMES[k], "language": d["lang"], "category": d["category"], "expected_terms": t,
                 "expected_extra": extra(k), "expected_rules": rs}
        (OUT / (Path(NAMES[k]).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        path = OUT / NAMES[k]
        text = read_back(path)
        raw = {**SOURCES, **{kk: v[1] for kk, v in PLAIN.items()}}[k]
        for where, tx in (("built", text), ("source", raw)):
            for h in hits(tx):
                problems.append((k, where, h))
        n, nws = length(k, text)
        ok = (2750 <= n <= 3000) if d["lang"] == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append((k, "length", n))
        print(f"{NAMES[k]:58s} {d['lang']} len={n}{'' if nws is None else f' nonws={nws}'} risk={risk(rs)} "
              f"tco={'-' if s is None else f'{s[0]:.2f}% ({s[2]:,.0f})'} rules={','.join(x[3:] for x in rs) or '(none)'}")
    allr = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
            "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == allr, allr - covered
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
